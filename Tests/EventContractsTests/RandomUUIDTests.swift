import EventContracts
import Foundation
import Testing

struct RandomUUIDTests {
    /// Yields one fixed word forever, so the version and variant bits are the only ones that change.
    struct FixedGenerator: RandomNumberGenerator {
        let word: UInt64
        mutating func next() -> UInt64 { word }
    }

    @Test("The version and variant bits are forced whatever the generator gives", arguments: [
        (UInt64.max, "ffffffff-ffff-4fff-bfff-ffffffffffff"),
        (0, "00000000-0000-4000-8000-000000000000"),
    ])
    func versionAndVariantBits(word: UInt64, expected: String) {
        var generator = FixedGenerator(word: word)
        #expect(UUID.random(using: &generator).uuidString.lowercased() == expected)
    }

    @Test func systemRandomUUIDsAreVersionFourAndDistinct() throws {
        let shape = try Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        var seen = Set<UUID>()
        for _ in 0..<10_000 {
            let id = UUID.random()
            #expect(id.uuidString.lowercased().wholeMatch(of: shape) != nil)
            seen.insert(id)
        }
        #expect(seen.count == 10_000)
    }
}
