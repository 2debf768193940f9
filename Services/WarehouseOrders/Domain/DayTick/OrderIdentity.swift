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
        // Written as ASCII bytes, not appended Character by Character: a 10,000-item order names 10,000 items.
        let hexDigits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 36) { text in
            var end = 0
            for (position, byte) in bytes.enumerated() {
                if position == 4 || position == 6 || position == 8 || position == 10 {
                    text[end] = UInt8(ascii: "-")
                    end += 1
                }
                text[end] = hexDigits[Int(byte >> 4)]
                text[end + 1] = hexDigits[Int(byte & 0x0F)]
                end += 2
            }
            return end
        }
    }
}
