import Money

/// D000-20: duplicate listings and category spam.
///
/// The signature is (companyId, category, priceCents, roundHalfUp(quality × 100)). The oldest 3
/// listings of a signature (createdAt, then productId) are kept, the rest are excluded, so
/// thousands of clones cannot win share. A company with a group of ≥ 5 members created within the
/// last 24 h is *spamming* and gets the company-score factor of D000-15.
struct DuplicateListings {
    /// Products kept, in input order.
    var kept: [CandidateProduct]
    var duplicates: [Exclusion]
    var spammingCompanies: Set<String>

    struct Signature: Hashable {
        var companyId: String
        var category: String?
        var priceCents: Int64
        var qualityPercent: Int64
    }

    static func signature(of product: CandidateProduct) -> Signature {
        // clampUnit bounds the value, so the conversion to Int64 cannot trap.
        let percent = Int64(roundHalfUp(clampUnit(product.qualityRating) * 100))
        return Signature(
            companyId: product.companyId, category: product.category, priceCents: product.priceCents,
            qualityPercent: percent)
    }

    init(_ products: [CandidateProduct], now: Int64, config: WaveConfig, knownSpammers: Set<String> = []) {
        var groups: [Signature: [Int]] = [:]
        for index in products.indices {
            groups[Self.signature(of: products[index]), default: []].append(index)
        }
        var dropped = [Bool](repeating: false, count: products.count)
        var duplicates: [Exclusion] = []
        var spamming = knownSpammers
        for (signature, members) in groups {
            let recent = members.count { now - products[$0].createdAt < config.spamWindowSeconds }
            if recent >= config.spamGroupSize { spamming.insert(signature.companyId) }
            guard members.count > config.listingsKeptPerSignature else { continue }
            let oldestFirst = members.sorted { lhs, rhs in
                let a = products[lhs], b = products[rhs]
                return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.productId.utf8.lexicographicallyPrecedes(b.productId.utf8)
            }
            for index in oldestFirst.dropFirst(config.listingsKeptPerSignature) {
                dropped[index] = true
                duplicates.append(Exclusion(productId: products[index].productId, reason: .duplicateListing))
            }
        }
        kept = products.indices.filter { !dropped[$0] }.map { products[$0] }
        self.duplicates = duplicates
        spammingCompanies = spamming
    }
}
