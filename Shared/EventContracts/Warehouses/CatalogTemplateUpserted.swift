/// `catalog.template.upserted` (in, from the game): a product template's demand facts.
public struct CatalogTemplateUpserted: EventPayload {
    public static let eventType = "catalog.template.upserted"

    public var productTemplateId: String
    public var categoryL3Id: String
    public var productQuality: ProductQuality
    /// The reference price of the price index (D002-01).
    public var suggestedSalePriceCents: Int64
    public var seasonScenarioDefinitionId: String?
    /// Read and ignored by order generation (D002-25).
    public var productSeason: String?

    public init(
        productTemplateId: String, categoryL3Id: String, productQuality: ProductQuality, suggestedSalePriceCents: Int64,
        seasonScenarioDefinitionId: String? = nil, productSeason: String? = nil
    ) {
        self.productTemplateId = productTemplateId
        self.categoryL3Id = categoryL3Id
        self.productQuality = productQuality
        self.suggestedSalePriceCents = suggestedSalePriceCents
        self.seasonScenarioDefinitionId = seasonScenarioDefinitionId
        self.productSeason = productSeason
    }

    public var subject: String { Subject.template(productTemplateId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(productTemplateId, "data.productTemplateId")
        try Check.identifier(categoryL3Id, "data.categoryL3Id")
        try Check.atLeast(suggestedSalePriceCents, 0, "data.suggestedSalePriceCents")
        if let seasonScenarioDefinitionId { try Check.identifier(seasonScenarioDefinitionId, "data.seasonScenarioDefinitionId") }
        if let productSeason { try Check.text(productSeason, "data.productSeason") }
    }
}
