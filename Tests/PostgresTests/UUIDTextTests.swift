import Foundation
import Postgres
import Testing

struct UUIDTextTests {
    @Test("lowercaseText is uuidString lowercased, for edge and random values")
    func matchesFoundation() {
        let edges = [
            UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255)),
            UUID(uuid: (0x0f, 0xf0, 0x1e, 0xe1, 0x2d, 0xd2, 0x3c, 0xc3, 0x4b, 0xb4, 0x5a, 0xa5, 0x69, 0x96, 0x78, 0x87)),
        ]
        for id in edges + (0..<1_000).map({ _ in UUID() }) {
            #expect(id.lowercaseText == id.uuidString.lowercased())
            #expect(id.postgresText == id.uuidString.lowercased())
        }
    }
}
