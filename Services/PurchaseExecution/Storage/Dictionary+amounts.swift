extension Dictionary where Value == Int64 {
    /// Adds `amount` to the total of `key`, refusing a total beyond 64 bits instead of trapping:
    /// totals sum amounts that came from messages.
    mutating func add(_ amount: Int64, to key: Key) throws(AmountOverflow) {
        let (sum, overflow) = self[key, default: 0].addingReportingOverflow(amount)
        guard !overflow else { throw AmountOverflow(key: "\(key)") }
        self[key] = sum
    }
}

/// A per-product or per-company total left the `Int64` range; the transaction rolls back.
struct AmountOverflow: Error, CustomStringConvertible {
    let key: String
    var description: String { "the total of \(key) overflows 64 bits" }
}
