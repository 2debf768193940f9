import Foundation
import JWTKit

/// The claims every service reads from the auth system's HS256 bearer tokens.
///
/// `sub` is the user id; `email_verified` decides the verified/unverified access levels (seed 003 §5);
/// `admin` opens the admin endpoints (ARCHITECTURE.md, security rules); `exp` is always enforced.
/// `aud` is optional: ``BearerTokens`` rejects a token whose audience leaves out the configured one
/// and accepts a token without it (RFC 7519 §4.1.3).
public struct BearerClaims: JWTPayload, Equatable {
    public var sub: SubjectClaim
    public var exp: ExpirationClaim
    public var aud: AudienceClaim?
    public var emailVerified: Bool?
    public var admin: Bool?

    public init(
        subject: String, expires: Date, audience: AudienceClaim? = nil, emailVerified: Bool? = nil, admin: Bool? = nil
    ) {
        sub = SubjectClaim(value: subject)
        exp = ExpirationClaim(value: expires)
        aud = audience
        self.emailVerified = emailVerified
        self.admin = admin
    }

    enum CodingKeys: String, CodingKey {
        case sub, exp, aud, admin
        case emailVerified = "email_verified"
    }

    public func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
    }

    /// The subject as a user id, when it is a UUID.
    public var userId: UUID? { UUID(uuidString: sub.value) }

    /// Whether the holder may use the admin endpoints.
    public var isAdmin: Bool { admin == true }

    /// Whether the holder proved their email address (seed 003 §5).
    public var isVerified: Bool { emailVerified == true }
}
