import Foundation
import UUIDText
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
        }
    }

    @Test("canonical text parses to the same UUID as Foundation's parser, in both letter cases")
    func canonicalTextMatchesFoundation() {
        for id in (0..<1_000).map({ _ in UUID() }) {
            #expect(UUID(canonicalText: Array(id.lowercaseText.utf8)) == id)
            #expect(UUID(canonicalText: Array(id.uuidString.utf8)) == id)
        }
    }

    @Test("anything but the 8-4-4-4-12 hex form is refused", arguments: [
        "", "7d9b2a8e5c1f4f0e9a572f7b0c3e6d11", "7d9b2a8e-5c1f-4f0e-9a57-2f7b0c3e6d1", "7d9b2a8e-5c1f-4f0e-9a57-2f7b0c3e6d11a",
        "7d9b2a8e-5c1f-4f0e-9a57-2f7b0c3e6d1g", "7d9b2a8e_5c1f-4f0e-9a57-2f7b0c3e6d11", "{7d9b2a8e-5c1f-4f0e-9a57-2f7b0c3e6d1}",
        "7d9b2a8-e5c1f-4f0e-9a57-2f7b0c3e6d11",
    ])
    func malformedTextIsRefused(_ text: String) {
        #expect(UUID(canonicalText: Array(text.utf8)) == nil)
    }
}
