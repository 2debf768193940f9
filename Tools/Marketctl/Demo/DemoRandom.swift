import Crypto
import Foundation
import Money

/// The demo's randomness and ids, derived from the seed and a name (seededUnit, SHA-256), so one seed
/// always publishes the same world and another seed a world that shares no id with it.
struct DemoRandom {
    let seed: String

    func unit(_ key: String) -> Double { seededUnit("\(seed):\(key)") }

    func int(_ range: ClosedRange<Int>, _ key: String) -> Int {
        range.lowerBound + min(range.count - 1, Int(unit(key) * Double(range.count)))
    }

    func pick<T>(_ choices: [T], _ key: String) -> T { choices[int(0...(choices.count - 1), key)] }

    /// A version-4-shaped lowercase UUID named by `key`.
    func uuid(_ key: String) -> String {
        var bytes = Array(SHA256.hash(data: Data("\(seed):id:\(key)".utf8)).prefix(16))
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let uuid = UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9], bytes[10],
            bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        return uuid.uuidString.lowercased()
    }

    /// A readable id unique to this seed, e.g. `demo-3f2a91-company-4`.
    func name(_ kind: String, _ index: Int) -> String { "demo-\(uuid("tag").prefix(6))-\(kind)-\(index)" }
}
