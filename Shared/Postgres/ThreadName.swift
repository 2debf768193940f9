import Glibc

/// The kernel-level name of the calling thread (what `top -H`, gdb and crash reports show).
///
/// Written through `/proc/thread-self/comm` because Swift's Glibc module does not export `pthread_setname_np`,
/// and Foundation's `Thread.name` on Linux ignores a name set before `start()` and was seen returning the name of
/// another thread.
enum ThreadName {
    private static let path = "/proc/thread-self/comm"

    /// Names the calling thread; Linux keeps the first 15 bytes. Best effort: naming is diagnostics only.
    static func set(_ name: String) {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let bytes = Array(name.utf8.prefix(15))
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// The calling thread's name, or "" when it cannot be read.
    static var current: String {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return "" }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return "" }
        return String(decoding: buffer.prefix(count).prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
    }
}
