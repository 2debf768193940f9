import Foundation
import JWTKit
import ServiceKit

/// Checks HS256 bearer tokens with the configured secret.
struct TokenVerifier: Sendable {
    private let keys: JWTKeyCollection

    /// HS256 needs a key at least as long as its 32-byte digest (JWTKit asserts it).
    static let minimumSecretBytes = 32

    /// - Throws: ``WeakJWTSecret`` for a secret shorter than ``minimumSecretBytes``.
    init(secret: String) async throws {
        guard secret.utf8.count >= Self.minimumSecretBytes else { throw WeakJWTSecret(length: secret.utf8.count) }
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

/// The configured JWT secret is too short for HS256.
struct WeakJWTSecret: Error, CustomStringConvertible {
    let length: Int
    var description: String {
        "PRICING_JWT_SECRET has \(length) bytes; HS256 needs at least \(TokenVerifier.minimumSecretBytes)"
    }
}
