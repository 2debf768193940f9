import Crypto
import Foundation

/// Cycle ids that voting and pricing derive independently (P-04):
/// `UUIDv5(6f1c2d3e-4b5a-5c6d-8e7f-901a2b3c4d5e, "<brickId>:<cycleNumber>")`,
/// with the brick id in its lowercase wire form.
///
/// ```swift
/// let first = CycleId.derive(brickId: brick, cycleNumber: 1)  // the cycle that starts at listing
/// ```
public enum CycleId {
    /// The namespace UUID fixed by P-04.
    public static let namespace = UUID(
        uuid: (0x6f, 0x1c, 0x2d, 0x3e, 0x4b, 0x5a, 0x5c, 0x6d, 0x8e, 0x7f, 0x90, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e))

    /// The id of cycle `cycleNumber` of `brickId`.
    public static func derive(brickId: UUID, cycleNumber: Int) -> UUID {
        uuidV5(namespace: namespace, name: "\(brickId.uuidString.lowercased()):\(cycleNumber)")
    }

    /// RFC 9562 §5.5: SHA-1 of namespace bytes + name, version 5, RFC variant.
    static func uuidV5(namespace: UUID, name: String) -> UUID {
        var hasher = Insecure.SHA1()
        withUnsafeBytes(of: namespace.uuid) { hasher.update(bufferPointer: $0) }
        hasher.update(data: Array(name.utf8))
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(
            uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                   bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
