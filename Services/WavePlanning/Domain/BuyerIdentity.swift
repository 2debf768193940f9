/// D000-41: the simulated buyer of a product, `"sim_" + hex(SHA256("{seed}:{productId}:buyer"))[0..<12]`.
/// Buyers are internal to the simulation (§9), so only this small hash is stored per order.
public enum BuyerIdentity {
    public static func buyerId(seed: String, productId: String) -> String {
        "sim_" + sha256Hex("\(seed):\(productId):buyer", length: 12)
    }
}
