import Hummingbird
import NIOCore

/// The request context of every service's HTTP API: Hummingbird's basic context plus the address of the
/// socket's peer, which `BasicRequestContext` drops.
///
/// The peer is the client itself, or the proxy in front of the service; a service that records client
/// addresses decides from its own configuration whether to believe a proxy's `X-Forwarded-For` instead.
/// Routes that need no address can stay generic over `RequestContext` and run on this context unchanged.
public struct ServiceRequestContext: RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connected peer; nil when the channel has none (Hummingbird's in-process test client).
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The peer's IP address as text (`203.0.113.9`, `2001:db8::1`); nil for a Unix socket or no peer.
    public var peerAddress: String? { remoteAddress?.ipAddress }
}
