#if canImport(Glibc)
import Glibc
#endif
import Testing

/// A service that cannot run must say so by its exit status: supervisors (compose's `restart:`,
/// systemd, Kubernetes) restart a process that failed, never one that exited 0.
@Suite struct FailedStartTests {
    @Test func aServiceWhosePortIsTakenExitsNonZero() async throws {
        let listener = try ListeningSocket()
        defer { listener.close() }
        let probe = try ProbeHarness()
        try probe.start(overriding: ["HTTP_PORT": String(listener.port)])
        #expect(probe.exitStatus() != 0)
        await probe.tearDown()
    }
}

/// A socket listening on a kernel-chosen port of 127.0.0.1, holding that port until closed.
private struct ListeningSocket {
    let descriptor: Int32
    let port: Int

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && listen(descriptor, 1) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        try #require(descriptor >= 0 && listening, "cannot listen on 127.0.0.1")
        self.descriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { _ = Glibc.close(descriptor) }
}
