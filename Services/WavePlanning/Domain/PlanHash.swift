/// D000-39: `planHash = hex(SHA256(join("\n", sorted("{productId}:{qty}:{unitPriceCents}"))))[0..<16]`
/// over one pass's orders, and the idempotency key `"{waveId}:{planHash}:{productId}"`.
///
/// The plan is persisted before execution and never recomputed, so a retried batch hits the same
/// UNIQUE key. Sorting (byte-wise) makes the hash independent of order.
public enum PlanHash {
    public static func hash(of orders: [(productId: String, quantity: Int64, unitPriceCents: Int64)]) -> String {
        let lines = orders.map { "\($0.productId):\($0.quantity):\($0.unitPriceCents)" }.sorted(by: byteOrder)
        return sha256Hex(lines.joined(separator: "\n"), length: 16)
    }

    public static func idempotencyKey(waveId: String, planHash: String, productId: String) -> String {
        "\(waveId):\(planHash):\(productId)"
    }
}
