import Auth
import Foundation

/// Bearer tokens an attacker or a broken client presents, next to the valid ones they imitate.
struct HostileTokens: Sendable {
    /// A signed-in user without the admin claim: right signature, but not allowed on admin endpoints.
    let user: String
    let admin: String
    /// Signed with another secret.
    let forged: String
    /// Signed with the right secret for another service: `aud` does not name the market (RFC 7519 §4.1.3).
    let wrongAudience: String
    /// Signed with the right secret, expired an hour ago.
    let expired: String
    /// `alg: none`, no signature.
    let unsigned: String
    /// The user's valid token with its claims rewritten to admin, the signature kept.
    let tampered: String

    static func make() async throws -> HostileTokens {
        let right = try await BearerTokens.deployment()
        let wrong = try await BearerTokens(secret: "an-attacker-guessed-this-secret-0123456789")
        let subject = UUID().uuidString.lowercased()
        let hour = Date().addingTimeInterval(3_600)
        let user = try await right.sign(BearerClaims(subject: subject, expires: hour, emailVerified: true))
        let parts = user.split(separator: ".", omittingEmptySubsequences: false)
        let adminClaims = #"{"sub":"\#(subject)","exp":\#(Int(hour.timeIntervalSince1970)),"email_verified":true,"admin":true}"#
        return HostileTokens(
            user: user,
            admin: try await right.sign(BearerClaims(subject: subject, expires: hour, emailVerified: true, admin: true)),
            forged: try await wrong.sign(BearerClaims(subject: subject, expires: hour, emailVerified: true, admin: true)),
            wrongAudience: try await right.sign(
                BearerClaims(subject: subject, expires: hour, audience: "some-other-service", emailVerified: true, admin: true)),
            expired: try await right.sign(
                BearerClaims(subject: subject, expires: Date().addingTimeInterval(-3_600), emailVerified: true, admin: true)),
            unsigned: base64URL(#"{"alg":"none","typ":"JWT"}"#) + "." + base64URL(adminClaims) + ".",
            tampered: parts.count == 3 ? "\(parts[0]).\(base64URL(adminClaims)).\(parts[2])" : "tampered")
    }

    static func base64URL(_ text: String) -> String {
        Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
