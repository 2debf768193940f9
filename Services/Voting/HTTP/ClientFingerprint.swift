import Crypto
import Foundation
import Hummingbird

/// What the server records about the sender of an HTTP intent (§3.1 `ip_hash`, `user_agent`,
/// `session_id`); never the address itself.
struct ClientFingerprint: Sendable {
    /// Longest user agent or session id kept; longer ones are cut, they are only analytics.
    static let maximumTextLength = 512

    var ipHash: String
    var userAgent: String?
    var sessionId: String?

    /// The client address is the socket's peer (`peerAddress`), or `unknown` without one.
    ///
    /// With `trustForwardedFor` the service runs behind one proxy that appends the address it saw to
    /// `X-Forwarded-For`, and that last hop is the client. Earlier hops are whatever the client sent, so
    /// believing them would let anyone pick the address the P-27 rate limit and vote clustering key on;
    /// without the option the header is ignored for the same reason.
    init(headers: HTTPFields, peerAddress: String?, trustForwardedFor: Bool, salt: String) {
        let forwarded = trustForwardedFor ? Self.header("x-forwarded-for", in: headers).flatMap(Self.lastHop) : nil
        ipHash = Self.hash(address: forwarded ?? peerAddress ?? "unknown", salt: salt)
        userAgent = Self.kept(headers[.userAgent])
        sessionId = Self.kept(Self.header("x-session-id", in: headers))
    }

    private static func header(_ canonicalName: String, in headers: HTTPFields) -> String? {
        headers.first { $0.name.canonicalName == canonicalName }?.value
    }

    private static func lastHop(_ forwardedFor: String) -> String? {
        let hop = forwardedFor.split(separator: ",").last?.trimmingCharacters(in: .whitespaces)
        return hop?.isEmpty == false ? hop : nil
    }

    /// Hex SHA-256 of the address followed by the configured salt (P-27's rate-limit key).
    static func hash(address: String, salt: String) -> String {
        SHA256.hash(data: Data((address + salt).utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private static func kept(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return String(text.prefix(maximumTextLength))
    }
}
