/// `catalog.company.upserted` (in, from the catalog): a seller company's planning facts.
public struct CatalogCompanyUpserted: EventPayload {
    public static let eventType = "catalog.company.upserted"

    public var companyId: String
    /// Monotonic per company; consumers ignore older versions.
    public var version: Int64
    public var ownerId: String
    public var reputationScore: Double
    /// May be negative; the company cap uses `max(0, balance)` (D000-31).
    public var balanceCents: Int64
    public var flaggedStatus: CompanyFlaggedStatus

    public init(
        companyId: String, version: Int64, ownerId: String, reputationScore: Double, balanceCents: Int64,
        flaggedStatus: CompanyFlaggedStatus
    ) {
        self.companyId = companyId
        self.version = version
        self.ownerId = ownerId
        self.reputationScore = reputationScore
        self.balanceCents = balanceCents
        self.flaggedStatus = flaggedStatus
    }

    public var subject: String { Subject.company(companyId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(companyId, "data.companyId")
        try Check.atLeast(version, 0, "data.version")
        try Check.identifier(ownerId, "data.ownerId")
        try Check.ratio(reputationScore, "data.reputationScore")
    }
}
