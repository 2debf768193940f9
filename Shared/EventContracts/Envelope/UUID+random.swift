import Foundation
import Synchronization

extension UUID {
    /// A random (version 4) UUID from the kernel's cryptographically secure generator.
    ///
    /// `UUID()` on Linux opens and reads `/dev/urandom` for every id (3 µs), and `SystemRandomNumberGenerator`
    /// makes one system call per 8 bytes. Ids are made by the thousand per batch (every emitted event gets
    /// one), so these come from a pool of the kernel's random bytes refilled 4 KiB at a time.
    public static func random() -> UUID { UUID(randomBytes: RandomPool.shared.next()) }

    /// `bytes` marked as a version 4 UUID of the RFC 4122 variant.
    init(randomBytes bytes: uuid_t) {
        var bytes = bytes
        bytes.6 = bytes.6 & 0x0F | 0x40
        bytes.8 = bytes.8 & 0x3F | 0x80
        self.init(uuid: bytes)
    }
}

/// The kernel's random bytes, read a block at a time and handed out 16 at a time, each byte once.
final class RandomPool: Sendable {
    static let shared = RandomPool()
    private static let blockSize = 4096

    private struct Block {
        var bytes = [UInt8](repeating: 0, count: RandomPool.blockSize)
        var next = RandomPool.blockSize
    }

    private let block = Mutex(Block())

    func next() -> uuid_t {
        block.withLock { block in
            if block.next + 16 > block.bytes.count {
                Self.refill(&block.bytes)
                block.next = 0
            }
            defer { block.next += 16 }
            return block.bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: block.next, as: uuid_t.self) }
        }
    }

    /// From `/dev/urandom` (Glibc's module map leaves out getrandom(2), which reads the same generator); from
    /// `SystemRandomNumberGenerator` if the device cannot be read.
    private static func refill(_ bytes: inout [UInt8]) {
        let filled = bytes.withUnsafeMutableBytes { buffer -> Bool in
            let device = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
            guard device >= 0 else { return false }
            defer { close(device) }
            var offset = 0
            while offset < buffer.count {
                let count = read(device, buffer.baseAddress! + offset, buffer.count - offset)
                if count > 0 {
                    offset += count
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    return false
                }
            }
            return true
        }
        guard !filled else { return }
        var generator = SystemRandomNumberGenerator()
        for offset in stride(from: 0, to: bytes.count, by: 8) {
            withUnsafeBytes(of: generator.next()) { bytes.replaceSubrange(offset..<offset + 8, with: $0) }
        }
    }
}
