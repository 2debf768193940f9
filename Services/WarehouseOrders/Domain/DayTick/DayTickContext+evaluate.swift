extension DayTickContext {
    /// Applies demand, price, season and stock to one listing (seed §1 "Per listing loop";
    /// D002-01/02/03/08/12/15/18/23/24/27), given the template's unreserved stock.
    func evaluate(_ listing: Listing, template: ProductTemplate, remaining: Int64) -> ListingEvaluation {
        let demand = DemandEstimate(
            band: bands.band(for: template, tier: tier),
            jitterSeedKey: DemandJitter.seedKey(
                companyId: snapshot.companyId, warehouseBuildingId: snapshot.warehouseBuildingId,
                dayKey: snapshot.dayKey, productTemplateId: template.id),
            config: config)
        let priceIndex = PriceIndex.compute(
            effectivePrice: listing.effectivePrice, suggestedSalePrice: template.suggestedSalePrice,
            zoneMultiplier: zoneMultiplier)
        let priceMultiplier = config.priceCurve.multiplier(at: priceIndex)
        let season = SeasonScore(
            weeks: template.seasonScenarioDefinitionId.flatMap { seasonWeeks[$0] }, weekIndex0: weekIndex0)
        let expectedUnits = demand.desiredQty  // D002-27: expectedUnits = baseDesired
        let finalDesired = OrderQuantity.finalDesired(
            expectedUnits: expectedUnits, priceMultiplier: priceMultiplier, season: season,
            seasonScaling: config.seasonScaling)
        let reasons = ReasonsSnapshot(
            baseDesired: demand.desiredQty, expectedUnits: expectedUnits, priceIndex: priceIndex,
            priceMultiplier: priceMultiplier, seasonScore: season.value, tierUsed: tier,
            bandMatched: demand.bandMatched, resolvedBandCategoryId: demand.resolvedBandCategoryId,
            blockedByPrice: priceMultiplier == 0, blockedBySeason: season.blocks,
            missingSeasonScenario: season.missingScenario)
        return ListingEvaluation(
            listing: listing, reasons: reasons, finalDesired: finalDesired,
            orderedQty: OrderQuantity.ordered(finalDesired: finalDesired, remaining: remaining))
    }
}
