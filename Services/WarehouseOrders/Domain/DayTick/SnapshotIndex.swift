/// Builds the per-tick lookup tables from the bulk-loaded collections (D002-26).
enum SnapshotIndex {
    /// A dictionary by key, refusing duplicate keys so the tick never depends on row order.
    static func unique<Element, Key: Hashable>(
        _ elements: some Sequence<Element>, kind: DayTickError.ReferenceKind, key: (Element) -> Key
    ) throws(DayTickError) -> [Key: Element] {
        var index: [Key: Element] = [:]
        index.reserveCapacity(elements.underestimatedCount)
        for element in elements {
            let elementKey = key(element)
            if index.updateValue(element, forKey: elementKey) != nil {
                throw .duplicateReference(kind: kind, id: "\(elementKey)")
            }
        }
        return index
    }
}
