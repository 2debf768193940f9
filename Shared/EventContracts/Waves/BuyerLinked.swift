/// `buyer.linked` (in, from auth / fraud): a buyer account tied to a company, for self-sell
/// detection (D000-05, D000-16).
public struct BuyerLinked: EventPayload {
    public static let eventType = "buyer.linked"

    public var buyerId: String
    public var companyId: String
    public var ownerId: String?

    public init(buyerId: String, companyId: String, ownerId: String? = nil) {
        self.buyerId = buyerId
        self.companyId = companyId
        self.ownerId = ownerId
    }

    public var subject: String { Subject.company(companyId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(buyerId, "data.buyerId")
        try Check.identifier(companyId, "data.companyId")
        if let ownerId { try Check.identifier(ownerId, "data.ownerId") }
    }
}
