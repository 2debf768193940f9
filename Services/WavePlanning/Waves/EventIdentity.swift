import Crypto
import Foundation

/// Event ids derived from what caused them, so an emission repeated after a rollback or a restart
/// carries the same id and the outbox (and every inbox) keeps one copy.
enum EventIdentity {
    static let source = "urn:market:wave-planning"

    /// A version-8-style UUID from SHA-256 of `"{waveId}:{type}:{discriminator}"`.
    static func id(waveId: String, type: String, _ discriminator: String) -> UUID {
        var bytes = Array(SHA256.hash(data: Array("\(waveId):\(type):\(discriminator)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
