/// `company.refunds.reported` (in, from payments): a company's refund rate over a window
/// (D000-15: > 0.10 halves its score; D000-16: > 0.25 freezes it).
public struct CompanyRefundsReported: EventPayload {
    public static let eventType = "company.refunds.reported"

    public var companyId: String
    public var windowDays: Int64
    public var refundRate: Double

    public init(companyId: String, windowDays: Int64, refundRate: Double) {
        self.companyId = companyId
        self.windowDays = windowDays
        self.refundRate = refundRate
    }

    public var subject: String { Subject.company(companyId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(companyId, "data.companyId")
        try Check.atLeast(windowDays, 1, "data.windowDays")
        try Check.ratio(refundRate, "data.refundRate")
    }
}
