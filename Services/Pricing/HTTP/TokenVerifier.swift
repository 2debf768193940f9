import Foundation
import JWTKit
import ServiceKit

/// Checks HS256 bearer tokens with the configured secret.
struct TokenVerifier: Sendable {
    private let keys: JWTKeyCollection

    init(secret: String) async {
        keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
    }

    /// The claims of a valid token; 401 problem+json for a token that is malformed, forged or expired.
    func claims(of token: String) async throws -> ViewerClaims {
        do {
            return try await keys.verify(token, as: ViewerClaims.self)
        } catch {
            throw ProblemDetails.unauthorized("the bearer token is invalid or expired")
        }
    }
}
