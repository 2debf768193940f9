/// §8, §10(C), D000-16, D000-20, D000-41: the entities a wave sends to the human review queue —
/// self-selling and refund-frozen companies, duplicate-listing spammers and blocked products.
/// One flag per entity and reason, in a deterministic order; flags never block the wave.
enum ReviewFlags {
    static func collect(
        catalog: WaveCatalog, exclusions: [Exclusion], book: CandidateBook, listings: DuplicateListings
    ) -> [FlaggedEntity] {
        var flags = Set<FlaggedEntity>()
        var companyReasons: [String: ExclusionReason] = [:]
        for exclusion in exclusions {
            switch exclusion.reason {
            case .selfSell, .refundFreeze:
                companyReasons[exclusion.productId] = exclusion.reason
            case .blocked:
                let names = book.scores[exclusion.productId]?.flags.map(\.rawValue).joined(separator: ",") ?? ""
                flags.insert(FlaggedEntity(entityType: .product, entityId: exclusion.productId, reason: "blocked", detail: names))
            default:
                continue
            }
        }
        // Only the few company-level exclusions need their product's company: one pass, small lookups.
        if !companyReasons.isEmpty {
            for product in catalog.products {
                switch companyReasons[product.productId] {
                case .selfSell:
                    flags.insert(FlaggedEntity(
                        entityType: .company, entityId: product.companyId, reason: "self_sell",
                        detail: "company is linked to a simulated buyer"))
                case .refundFreeze:
                    flags.insert(FlaggedEntity(
                        entityType: .company, entityId: product.companyId, reason: "refund_freeze",
                        detail: "refund rate above the freeze threshold"))
                default:
                    continue
                }
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
