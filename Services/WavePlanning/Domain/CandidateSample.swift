import Money

/// D000-04: keep at most `candidateLimit` products after prefilter and de-duplication: those
/// with the smallest `seededUnit("{seed}:{productId}:sample")`, productId breaking ties.
///
/// The sample is unbiased (new products are not locked out as "top N by sales" would) and
/// reproducible from the seed. Below the limit nothing is hashed.
enum CandidateSample {
    static func select(
        _ products: [CandidateProduct], seed: String, limit: Int
    ) -> (sampled: [CandidateProduct], left: [Exclusion]) {
        guard products.count > limit else { return (products, []) }
        let keyed = products.map { (unit: seededUnit("\(seed):\($0.productId):sample"), product: $0) }
        let ordered = keyed.sorted { lhs, rhs in
            lhs.unit != rhs.unit
                ? lhs.unit < rhs.unit
                : lhs.product.productId.utf8.lexicographicallyPrecedes(rhs.product.productId.utf8)
        }
        let left = ordered.dropFirst(limit).map { Exclusion(productId: $0.product.productId, reason: .notSampled) }
        return (ordered.prefix(limit).map(\.product), left)
    }
}
