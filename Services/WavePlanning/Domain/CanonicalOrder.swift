/// D000-23: every sequential allocation step runs in canonical order — weight descending, then
/// productId ascending byte-wise — because ties and processing order are the only way two
/// implementations could diverge.
enum CanonicalOrder {
    static func precedes(_ lhs: AllocationEntry, _ rhs: AllocationEntry) -> Bool {
        lhs.weight != rhs.weight ? lhs.weight > rhs.weight : byteOrder(lhs.productId, rhs.productId)
    }
}

/// Byte-wise (UTF-8) string order, independent of Unicode normalisation.
func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}
