import Foundation
import Testing

@testable import EventContracts

struct RandomUUIDTests {
    @Test("The version and variant bits are forced whatever the random bytes are", arguments: [
        (UInt8.max, "ffffffff-ffff-4fff-bfff-ffffffffffff"),
        (0, "00000000-0000-4000-8000-000000000000"),
        (0x5A, "5a5a5a5a-5a5a-4a5a-9a5a-5a5a5a5a5a5a"),
    ])
    func versionAndVariantBits(byte: UInt8, expected: String) {
        let bytes: uuid_t = (byte, byte, byte, byte, byte, byte, byte, byte, byte, byte, byte, byte, byte, byte, byte, byte)
        #expect(UUID(randomBytes: bytes).uuidString.lowercased() == expected)
    }

    /// Many pool refills (256 ids each), drawn from four tasks at once: every id is a v4 UUID and none repeats.
    @Test func randomUUIDsAreVersionFourAndDistinctAcrossRefillsAndThreads() async throws {
        let versionFour = try Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        let batches = await withTaskGroup(of: [UUID].self) { group in
            for _ in 0..<4 { group.addTask { (0..<5_000).map { _ in UUID.random() } } }
            return await group.reduce(into: [[UUID]]()) { $0.append($1) }
        }
        let all = batches.flatMap { $0 }
        #expect(all.allSatisfy { $0.uuidString.lowercased().wholeMatch(of: versionFour) != nil })
        #expect(Set(all).count == 20_000)
    }
}
