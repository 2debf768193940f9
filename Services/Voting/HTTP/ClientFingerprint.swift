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

    /// The client address is the first `X-Forwarded-For` hop (the service runs behind a proxy;
    /// ServiceKit's request context does not expose the socket's peer), or `unknown`.
    init(headers: HTTPFields, salt: String) {
        let forwarded = Self.header("x-forwarded-for", in: headers)
        let address = forwarded?.split(separator: ",").first.map { $0.trimmingCharacters(in: CharacterSet.whitespaces) } ?? "unknown"
        ipHash = Self.hash(address: address, salt: salt)
        userAgent = Self.kept(headers[.userAgent])
        sessionId = Self.kept(Self.header("x-session-id", in: headers))
    }

    private static func header(_ canonicalName: String, in headers: HTTPFields) -> String? {
        headers.first { $0.name.canonicalName == canonicalName }?.value
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
