import Foundation

/// `selection.period.closed` (in, from the school system): rankings are final; assign.
public struct SelectionPeriodClosed: EventPayload {
    public static let eventType = "selection.period.closed"

    public var periodId: String
    public var closedAt: Date

    public init(periodId: String, closedAt: Date) {
        self.periodId = periodId
        self.closedAt = closedAt
    }

    public var subject: String { Subject.period(periodId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(periodId, "data.periodId")
    }
}
