import Money

/// A product template from the catalog (`catalog.template.upserted`, seed §1–2 `ProductTemplate`):
/// its category and quality pick the demand band, its suggested price anchors the price index,
/// its season definition picks the season scenario.
public struct ProductTemplate: Hashable, Sendable, Codable {
    public var id: ProductTemplateID
    /// The L3 category; demand falls back to its L2 parent when no band matches (seed §2).
    public var categoryL3Id: CategoryID
    public var productQuality: ProductQuality
    /// The reference price; 0 makes the price index neutral (D002-01).
    public var suggestedSalePrice: Cents
    /// `nil`: no season scenario, score 100 and `missingSeasonScenario` (D002-23).
    public var seasonScenarioDefinitionId: SeasonDefinitionID?
    /// Read and ignored (D002-25): the seed defines no use for it.
    public var productSeason: String?

    public init(
        id: ProductTemplateID, categoryL3Id: CategoryID, productQuality: ProductQuality,
        suggestedSalePrice: Cents, seasonScenarioDefinitionId: SeasonDefinitionID? = nil,
        productSeason: String? = nil
    ) {
        self.id = id
        self.categoryL3Id = categoryL3Id
        self.productQuality = productQuality
        self.suggestedSalePrice = suggestedSalePrice
        self.seasonScenarioDefinitionId = seasonScenarioDefinitionId
        self.productSeason = productSeason
    }

    /// Refuses empty ids (and `:` in the template id, which feeds the jitter seed, D002-03) and
    /// a suggested price ≤ 0, which would make every price index of the template neutral.
    public func validate() throws(ReferenceDataError) {
        try Check.identifier(id, "productTemplateId")
        try Check.identifier(categoryL3Id, "categoryL3Id")
        if let seasonScenarioDefinitionId {
            try Check.identifier(seasonScenarioDefinitionId, "seasonScenarioDefinitionId")
        }
        if suggestedSalePrice <= .zero {
            throw .nonPositivePrice(field: "suggestedSalePriceCents", value: suggestedSalePrice)
        }
    }
}

/// A template's quality; bands are configured per quality (seed §2).
public enum ProductQuality: String, Hashable, Sendable, Codable, CaseIterable {
    case standard = "STANDARD"
    case premium = "PREMIUM"
    case luxury = "LUXURY"
}
