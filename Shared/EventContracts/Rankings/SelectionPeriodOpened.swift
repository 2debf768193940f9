import Foundation

/// `selection.period.opened` (in, from the school system): students may rank its topics.
public struct SelectionPeriodOpened: EventPayload {
    public static let eventType = "selection.period.opened"

    public var periodId: String
    public var title: String
    public var opensAt: Date
    public var closesAt: Date?

    public init(periodId: String, title: String, opensAt: Date, closesAt: Date? = nil) {
        self.periodId = periodId
        self.title = title
        self.opensAt = opensAt
        self.closesAt = closesAt
    }

    public var subject: String { Subject.period(periodId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(periodId, "data.periodId")
        try Check.text(title, "data.title")
        if let closesAt, closesAt <= opensAt {
            throw ContractViolation(field: "data.closesAt", reason: "must be after opensAt")
        }
    }
}
