/// A product's state as read under lock in the batch transaction (D000-34 step 1).
public struct VerifiedProduct: Sendable, Equatable, Codable {
    public var productId: String
    public var companyId: String
    public var priceCents: Int64
    /// nil is unlimited.
    public var stockAvailable: Int64?
    public var isActive: Bool
    public var isArchived: Bool

    public init(
        productId: String, companyId: String, priceCents: Int64, stockAvailable: Int64?, isActive: Bool = true,
        isArchived: Bool = false
    ) {
        self.productId = productId
        self.companyId = companyId
        self.priceCents = priceCents
        self.stockAvailable = stockAvailable
        self.isActive = isActive
        self.isArchived = isArchived
    }
}

/// What verification needs besides the batch: the locked products, the buyer links that mark
/// self-selling, and the idempotency keys already applied.
public struct ExecutionContext: Sendable, Equatable {
    public var products: [String: VerifiedProduct]
    /// buyerId → companies that buyer is linked to (`buyer.linked`).
    public var buyerLinks: [String: Set<String>]
    /// Keys of sale records that already exist: those items are DUPLICATE.
    public var appliedKeys: Set<String>
    /// Waves already rolled back: their items are REJECTED (`wave_rolled_back`), so a rollback stays exact.
    public var rolledBackWaves: Set<String>
    public var rules: ExecutionRules

    public init(
        products: [VerifiedProduct], buyerLinks: [String: Set<String>] = [:], appliedKeys: Set<String> = [],
        rolledBackWaves: Set<String> = [], rules: ExecutionRules = ExecutionRules()
    ) {
        self.products = Dictionary(products.map { ($0.productId, $0) }, uniquingKeysWith: { _, last in last })
        self.buyerLinks = buyerLinks
        self.appliedKeys = appliedKeys
        self.rolledBackWaves = rolledBackWaves
        self.rules = rules
    }
}

/// The numbers of D000-01 and D000-35 as execution applies them.
public struct ExecutionRules: Sendable, Equatable, Codable {
    /// D000-01: a verified price above this is refused.
    public var hardPriceCapCents: Int64 = 5_000_000
    /// D000-35: the price band around the planned price, in basis points (5 %).
    public var priceToleranceBp: Int64 = 500

    public init() {}
}
