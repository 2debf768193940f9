import Foundation
import Money
import Testing

struct MoneyCodableTests {
    private struct Order: Codable, Equatable {
        var price: Cents
        var fee: BasisPoints
    }

    @Test func encodesCentsAndBasisPointsAsPlainIntegers() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try encoder.encode(Order(price: -1_234, fee: 500))
        #expect(String(decoding: json, as: UTF8.self) == #"{"fee":500,"price":-1234}"#)
        #expect(String(decoding: try encoder.encode([Cents(.min)]), as: UTF8.self) == "[-9223372036854775808]")
    }

    @Test func decodesPlainIntegers() throws {
        let order = try JSONDecoder().decode(Order.self, from: Data(#"{"price":9223372036854775807,"fee":10000}"#.utf8))
        #expect(order == Order(price: Cents(.max), fee: .whole))
    }

    @Test func rejectsNonIntegerJSON() {
        for json in [#"{"price":"12.34","fee":1}"#, #"{"price":12.5,"fee":1}"#, #"{"price":9223372036854775808,"fee":1}"#] {
            #expect(throws: DecodingError.self, "\(json)") {
                try JSONDecoder().decode(Order.self, from: Data(json.utf8))
            }
        }
    }
}
