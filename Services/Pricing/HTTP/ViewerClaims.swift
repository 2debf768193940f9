import Foundation
import JWTKit

/// The claims pricing reads from the auth system's bearer tokens (the same ones voting reads):
/// `sub` is the user id, `email_verified` decides §5's access level, `exp` is enforced.
struct ViewerClaims: JWTPayload {
    var sub: SubjectClaim
    var exp: ExpirationClaim
    var emailVerified: Bool?

    enum CodingKeys: String, CodingKey {
        case sub, exp
        case emailVerified = "email_verified"
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
    }
}
