extension DemandBand {
    /// Validates a band as the config writer must (D002-09, D002-10), against the bands already
    /// stored.
    ///
    /// - D002-10: `0 ≤ minDaily ≤ expectedMode ≤ maxDaily` (without a mode, `minDaily ≤ maxDaily`),
    ///   all within ``ReferenceLimits/maxQuantity``.
    /// - D002-13: `1 ≤ tierMin ≤ tierMax ≤ 5`, since a tier outside 1…5 never occurs.
    /// - D002-09: an active band must not overlap another active band (a different id) of the
    ///   same category and quality in any tier; the run-time "lowest id" rule is then only a
    ///   safety net. An upsert of the same id replaces itself and never conflicts.
    ///
    /// `existing` may hold any bands (all of the category, or all of the store); the conflict
    /// reported is the one with the lowest id, so the message does not depend on their order.
    public func validate(against existing: some Sequence<DemandBand> = []) throws(ReferenceDataError) {
        try Check.identifier(id, "bandId")
        try Check.identifier(categoryId, "categoryId")
        guard ReferenceLimits.tiers.contains(tierMin), ReferenceLimits.tiers.contains(tierMax), tierMin <= tierMax
        else { throw .invalidTierRange(tierMin: tierMin, tierMax: tierMax) }
        try Check.quantity(minDaily, "minDaily")
        try Check.quantity(maxDaily, "maxDaily")
        if let expectedMode { try Check.quantity(expectedMode, "expectedMode") }
        let mode = expectedMode ?? minDaily
        guard minDaily <= mode, mode <= maxDaily, minDaily <= maxDaily else {
            throw .dailyRangeOutOfOrder(minDaily: minDaily, expectedMode: expectedMode, maxDaily: maxDaily)
        }
        guard isActive else { return }
        let conflict = existing.lazy.filter { self.overlaps($0) }.map(\.id).min()
        if let conflict { throw .overlappingBand(bandId: id, existingBandId: conflict) }
    }

    /// Two different active bands that could both answer the same `findBand` query.
    func overlaps(_ other: DemandBand) -> Bool {
        other.id != id && other.isActive && isActive && other.categoryId == categoryId
            && other.productQuality == productQuality && other.tierMin <= tierMax && tierMin <= other.tierMax
    }
}
