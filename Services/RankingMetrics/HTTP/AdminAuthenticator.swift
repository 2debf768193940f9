import Hummingbird
import JWTKit
import ServiceKit

/// The claims an admin bearer token must carry: an unexpired `exp` and `admin: true`.
struct AdminClaims: JWTPayload {
    let sub: SubjectClaim
    let exp: ExpirationClaim
    let admin: Bool?

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
    }
}

/// Checks `Authorization: Bearer <HS256 JWT>` on admin endpoints: 401 without a valid token, 403
/// for a valid token without the admin claim.
struct AdminAuthenticator: Sendable {
    let keys: JWTKeyCollection

    static func hs256(secret: String) async -> AdminAuthenticator {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        return AdminAuthenticator(keys: keys)
    }

    func requireAdmin(_ request: Request) async throws {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw ProblemDetails.unauthorized("a bearer token is required")
        }
        let claims: AdminClaims
        do {
            claims = try await keys.verify(String(header.dropFirst("Bearer ".count)), as: AdminClaims.self)
        } catch {
            throw ProblemDetails.unauthorized("the bearer token is invalid or expired")
        }
        guard claims.admin == true else { throw ProblemDetails.forbidden("the token carries no admin claim") }
    }
}
