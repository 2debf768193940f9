import Foundation
import JWTKit
import ServiceKit

/// Verifies the auth system's HS256 bearer tokens with the configured secret and turns every failure
/// into a 401 problem+json, so routes only ever see valid claims.
public struct BearerTokens: Sendable {
    private let keys: JWTKeyCollection

    /// HS256 needs a key at least as long as its 32-byte digest (JWTKit asserts it, which would crash).
    public static let minimumSecretBytes = 32

    /// - Parameter variable: the configuration variable that held the secret, named in the error.
    /// - Throws: ``WeakJWTSecret`` for a secret shorter than ``minimumSecretBytes``.
    public init(secret: String, variable: String = "JWT_SECRET") async throws {
        guard secret.utf8.count >= Self.minimumSecretBytes else {
            throw WeakJWTSecret(variable: variable, length: secret.utf8.count)
        }
        keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
    }

    /// The claims of a valid token; 401 for a token that is malformed, forged, unsigned or expired.
    public func claims(of token: String) async throws -> BearerClaims {
        do {
            return try await keys.verify(token, as: BearerClaims.self)
        } catch {
            throw ProblemDetails.unauthorized("the bearer token is invalid or expired")
        }
    }

    /// The caller of a request with an optional `Authorization` header: nil when anonymous,
    /// 401 when the header is present but not a valid `Bearer <token>`.
    public func caller(authorization: String?) async throws -> BearerClaims? {
        guard let authorization else { return nil }
        guard authorization.hasPrefix("Bearer ") else {
            throw ProblemDetails.unauthorized("the Authorization header must be \"Bearer <token>\"")
        }
        return try await claims(of: String(authorization.dropFirst("Bearer ".count)))
    }

    /// The caller of an endpoint that needs a signed-in user: 401 when anonymous.
    public func user(authorization: String?) async throws -> BearerClaims {
        guard let caller = try await caller(authorization: authorization) else {
            throw ProblemDetails.unauthorized("a bearer token is required")
        }
        return caller
    }

    /// The caller of an admin endpoint: 401 when anonymous, 403 without the admin claim.
    public func admin(authorization: String?) async throws -> BearerClaims {
        let caller = try await user(authorization: authorization)
        guard caller.isAdmin else { throw ProblemDetails.forbidden("this endpoint needs the admin claim") }
        return caller
    }

    /// Signs claims with the same secret: for tests, tools and the demo feed, never for request handling.
    public func sign(_ claims: BearerClaims) async throws -> String {
        try await keys.sign(claims)
    }
}

/// The configured JWT secret is too short for HS256.
public struct WeakJWTSecret: Error, CustomStringConvertible {
    public let variable: String
    public let length: Int
    public var description: String {
        "\(variable) has \(length) bytes; HS256 needs at least \(BearerTokens.minimumSecretBytes)"
    }
}
