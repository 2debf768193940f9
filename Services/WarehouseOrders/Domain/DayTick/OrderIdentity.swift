import Crypto

/// Deterministic ids for orders and their items (D002-16): a re-run of the same (warehouse,
/// day), e.g. after a crash before commit, produces the same ids, so every write is an
/// idempotent upsert and the emitted event is identical.
///
/// The ids are UUIDs in RFC 9562 version 8 layout whose 122 free bits are the first bytes of
/// SHA-256 over a namespaced name, spelled lowercase like every id in the events.
public enum OrderIdentity {
    /// `uuid8(SHA-256("warehouse-order:{warehouseBuildingId}:{dayKey}"))`.
    public static func orderId(warehouseBuildingId: WarehouseID, dayKey: DayKey) -> OrderID {
        OrderID(uuid(named: "warehouse-order:\(warehouseBuildingId.rawValue):\(dayKey.description)"))
    }

    /// `uuid8(SHA-256("warehouse-order-item:{orderId}:{listingId}"))`: one item per listing.
    public static func orderItemId(orderId: OrderID, listingId: ListingID) -> OrderItemID {
        OrderItemID(uuid(named: "warehouse-order-item:\(orderId.rawValue):\(listingId.rawValue)"))
    }

    static func uuid(named name: String) -> String {
        var bytes = Array(SHA256.hash(data: Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80  // version 8
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 9562 variant
        let hexDigits = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(36)
        for (position, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(position) { text.append("-") }
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return text
    }
}
