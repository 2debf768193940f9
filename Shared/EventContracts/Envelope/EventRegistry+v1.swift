extension EventRegistry {
    /// Every payload type of contract v1, grouped as in EVENTS.md.
    public static let v1Types: [any EventPayload.Type] = [
        // Identity and bricks
        UserUpserted.self, BrickListed.self, VoteIntentSubmitted.self, VoteRecorded.self, VoteRejected.self,
        XPAwarded.self, BrickRecheckRequested.self, BrickStateUpdated.self, BrickPriceMoved.self,
        BrickCycleReset.self, BrickFreezeChanged.self, BrickPriceClosed.self,
        // Catalog, waves and purchases
        CatalogProductUpserted.self, CatalogCompanyUpserted.self, BuyerLinked.self, CompanyRefundsReported.self,
        WaveRequested.self, WavePlanned.self, PurchaseBatchRequested.self, PurchaseBatchExecuted.self,
        ProductStockChanged.self, WaveCompleted.self, ReviewFlagged.self, WaveRollbackRequested.self,
        WaveRolledBack.self,
        // Warehouses
        WarehouseBuildingUpserted.self, WarehouseListingUpserted.self, WarehouseInventoryAdjusted.self,
        CatalogTemplateUpserted.self, CatalogCategoryUpserted.self, DemandBandUpserted.self,
        MarketPriceIndexUpdated.self, MarketSeasonScenarioUpserted.self, WarehouseMetricUpdated.self,
        WarehouseDayTick.self, WarehouseOrderCreated.self, WarehouseListingPaused.self, WarehouseDayCompleted.self,
        // Rankings
        SelectionPeriodOpened.self, TopicCreated.self, StudentRegistered.self, RankingsBatchUpdated.self,
        RankingsUndoRequested.self, SelectionPeriodClosed.self, TopicMetricsCalculated.self,
        AssignmentComputed.self,
    ]

    /// The registry of every v1 type.
    public static let v1: EventRegistry = {
        var types: [String: any EventPayload.Type] = [:]
        for payloadType in v1Types { types[payloadType.eventType] = payloadType }
        return EventRegistry(checked: types)
    }()
}
