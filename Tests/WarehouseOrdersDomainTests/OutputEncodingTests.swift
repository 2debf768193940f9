import Foundation
import Testing
import WarehouseOrdersDomain

@Suite struct ReasonsSnapshotTests {
    private func reasons(category: CategoryID?, missing: Bool) -> ReasonsSnapshot {
        ReasonsSnapshot(
            baseDesired: 6, expectedUnits: 6, priceIndex: 1.5, priceMultiplier: 0.4, seasonScore: 40, tierUsed: 3,
            bandMatched: category != nil, resolvedBandCategoryId: category, blockedByPrice: false,
            blockedBySeason: false, missingSeasonScenario: missing)
    }

    private func json(_ value: ReasonsSnapshot) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("D002-20: the seed's keys; missingSeasonScenario only when true; null band category kept")
    func keys() throws {
        #expect(
            try json(reasons(category: "l3-shirts", missing: false))
                == #"{"bandMatched":true,"baseDesired":6,"blockedByPrice":false,"blockedBySeason":false,"#
                + #""expectedUnits":6,"priceIndex":1.5,"priceMultiplier":0.4,"resolvedBandCategoryId":"l3-shirts","#
                + #""seasonScore":40,"tierUsed":3}"#)
        let missing = try json(reasons(category: nil, missing: true))
        #expect(missing.contains(#""resolvedBandCategoryId":null"#))
        #expect(missing.contains(#""missingSeasonScenario":true"#))
    }

    @Test("D002-20: reasons round-trip through JSON")
    func roundTrip() throws {
        for value in [reasons(category: "c", missing: false), reasons(category: nil, missing: true)] {
            let data = try JSONEncoder().encode(value)
            #expect(try JSONDecoder().decode(ReasonsSnapshot.self, from: data) == value)
        }
    }
}

@Suite struct OrderIdentityTests {
    @Test("D002-16: the order id is a deterministic lowercase UUID per (warehouse, day)")
    func orderId() throws {
        let day = try Fixture.day("2025-03-10")
        let id = OrderIdentity.orderId(warehouseBuildingId: "w1", dayKey: day)
        #expect(id == OrderIdentity.orderId(warehouseBuildingId: "w1", dayKey: day))
        #expect(id != OrderIdentity.orderId(warehouseBuildingId: "w2", dayKey: day))
        #expect(id != OrderIdentity.orderId(warehouseBuildingId: "w1", dayKey: try Fixture.day("2025-03-11")))
        let text = id.rawValue
        #expect(text.count == 36 && text == text.lowercased())
        #expect(UUID(uuidString: text) != nil)
        let characters = Array(text)
        #expect(characters[14] == "8")  // version 8
        #expect("89ab".contains(characters[19]))  // RFC 9562 variant
    }

    /// Stored and emitted ids must never change with the code that spells them: pinned to values computed
    /// independently (Python's hashlib and uuid) from the documented formula.
    @Test("D002-16: ids are uuid8 of SHA-256 of the namespaced name")
    func pinnedValues() throws {
        #expect(
            OrderIdentity.orderId(warehouseBuildingId: "w1", dayKey: try Fixture.day("2025-03-10")).rawValue
                == "d83e0200-5134-8d0c-bc56-a9f26eb63573")
        #expect(OrderIdentity.orderItemId(orderId: "o1", listingId: "l1").rawValue == "20f06793-6852-85ac-8bcd-4ad6fc517cfb")
    }

    @Test("D002-16: item ids differ per listing and are stable")
    func itemIds() {
        let first = OrderIdentity.orderItemId(orderId: "o1", listingId: "l1")
        #expect(first == OrderIdentity.orderItemId(orderId: "o1", listingId: "l1"))
        #expect(first != OrderIdentity.orderItemId(orderId: "o1", listingId: "l2"))
        #expect(first != OrderIdentity.orderItemId(orderId: "o2", listingId: "l1"))
    }
}
