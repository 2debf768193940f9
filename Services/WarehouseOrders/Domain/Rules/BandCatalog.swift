/// Every demand band and category node a tick needs, indexed once per tick (D002-26) so the
/// per-listing band lookup reads memory only.
///
/// Semantics are the seed's `findBand` with D002-09: among active bands of the category id and
/// quality that cover the tier, the lowest id wins, whatever order the bands arrive in.
public struct BandCatalog: Sendable {
    private struct Key: Hashable {
        var categoryId: CategoryID
        var quality: ProductQuality
    }

    /// Active bands per (category, quality), sorted by id so the first cover is the lowest id.
    private let bands: [Key: [DemandBand]]
    private let categories: [CategoryID: CategoryNode]

    /// Indexes the bands and nodes. Inactive bands are dropped here, once.
    ///
    /// - Throws: ``DayTickError/duplicateReference(kind:id:)`` when two bands or two nodes
    ///   share an id, which only broken storage can produce.
    public init(bands: [DemandBand], categories: [CategoryNode]) throws(DayTickError) {
        _ = try SnapshotIndex.unique(bands, kind: .demandBand) { $0.id.rawValue }
        var grouped: [Key: [DemandBand]] = [:]
        for band in bands where band.isActive {
            grouped[Key(categoryId: band.categoryId, quality: band.productQuality), default: []].append(band)
        }
        self.bands = grouped.mapValues { $0.sorted { $0.id < $1.id } }
        self.categories = try SnapshotIndex.unique(categories, kind: .category, key: \.id)
    }

    /// The band for a template at a tier, with the category it was found under (seed §2): the
    /// template's L3 category first, then, if the node is L3 and has a parent, that parent.
    public func band(for template: ProductTemplate, tier: Int64) -> (band: DemandBand, categoryId: CategoryID)? {
        if let band = firstBand(template.categoryL3Id, template.productQuality, tier) {
            return (band, template.categoryL3Id)
        }
        guard let node = categories[template.categoryL3Id], node.level == .l3, let parentId = node.parentId,
            let band = firstBand(parentId, template.productQuality, tier)
        else { return nil }
        return (band, parentId)
    }

    private func firstBand(_ categoryId: CategoryID, _ quality: ProductQuality, _ tier: Int64) -> DemandBand? {
        bands[Key(categoryId: categoryId, quality: quality)]?.first { $0.covers(tier: tier) }
    }
}
