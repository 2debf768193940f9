#if canImport(Glibc)
import Glibc
#endif

/// A TCP port on 127.0.0.1 nobody uses right now: the kernel picks it for a socket bound to port 0,
/// and the socket is closed again. A random number is not safe: in the parallel test pass hundreds of
/// client connections hold ephemeral ports, and a service that cannot bind its port exits (CI once
/// lost a whole probe test that way).
public func freePort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw NoFreePort() }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
            bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
        }
    }
    guard bound else { throw NoFreePort() }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// The kernel would not hand out a port on 127.0.0.1 (descriptors exhausted, no loopback).
public struct NoFreePort: Error, CustomStringConvertible {
    public var description: String { "no free TCP port on 127.0.0.1 for a service's HTTP API" }
}
