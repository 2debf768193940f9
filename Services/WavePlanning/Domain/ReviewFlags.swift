/// §8, §10(C), D000-16, D000-20, D000-41: the entities a wave sends to the human review queue —
/// self-selling and refund-frozen companies, duplicate-listing spammers and blocked products.
/// One flag per entity and reason, in a deterministic order; flags never block the wave.
enum ReviewFlags {
    static func collect(
        catalog: WaveCatalog, exclusions: [Exclusion], book: CandidateBook, listings: DuplicateListings
    ) -> [FlaggedEntity] {
        var flags = Set<FlaggedEntity>()
        let companyOf = Dictionary(catalog.products.map { ($0.productId, $0.companyId) }, uniquingKeysWith: { first, _ in first })
        for exclusion in exclusions {
            switch exclusion.reason {
            case .selfSell:
                if let company = companyOf[exclusion.productId] {
                    flags.insert(FlaggedEntity(
                        entityType: .company, entityId: company, reason: "self_sell",
                        detail: "company is linked to a simulated buyer"))
                }
            case .refundFreeze:
                if let company = companyOf[exclusion.productId] {
                    flags.insert(FlaggedEntity(
                        entityType: .company, entityId: company, reason: "refund_freeze",
                        detail: "refund rate above the freeze threshold"))
                }
            case .blocked:
                let names = book.scores[exclusion.productId]?.flags.map(\.rawValue).joined(separator: ",") ?? ""
                flags.insert(FlaggedEntity(entityType: .product, entityId: exclusion.productId, reason: "blocked", detail: names))
            default:
                continue
            }
        }
        for company in listings.spammingCompanies {
            flags.insert(FlaggedEntity(
                entityType: .company, entityId: company, reason: "duplicate_listing_spam",
                detail: "a duplicate-signature group created within the spam window"))
        }
        return flags.sorted(by: FlaggedEntity.precedes)
    }
}
