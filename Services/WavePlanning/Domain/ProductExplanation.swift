/// The explain trace of one product (issue 6 §4): why it got the spend it got.
public struct ProductExplanation: Sendable, Equatable, Codable {
    public var productId: String
    /// The one reason it got nothing, if excluded before or during allocation.
    public var exclusion: ExclusionReason?
    /// Every score component and penalty (nil when excluded before scoring).
    public var score: ScoreBreakdown?
    /// The caps that bounded it (nil when excluded before scoring).
    public var caps: ProductCaps?
    /// Every allocation step, in order, across passes.
    public var steps: [AllocationStep]
    public var plannedUnits: Int64
    public var plannedSpendCents: Int64
}

/// The limits that applied to one product (D000-18, D000-21, D000-25, D000-27, D000-30, D000-31).
public struct ProductCaps: Sendable, Equatable, Codable {
    /// After the D000-18 suspicious-stock cap; nil is unlimited.
    public var effectiveStock: Int64?
    public var unitCap: Int64
    /// maxSpend, or 10 % of it under the new-product hold.
    public var spendCapCents: Int64
    public var isNewProductHold: Bool
    public var maxUnits: Int64
    public var companyCapCents: Int64
}
