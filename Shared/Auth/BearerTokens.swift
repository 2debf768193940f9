import Foundation
import JWTKit
import ServiceKit

/// Verifies the auth system's HS256 bearer tokens with the configured secret and audience and turns
/// every failure into a 401 problem+json, so routes only ever see valid claims.
///
/// Services build it from their environment with ``init(environment:)`` (``BearerTokenKeys``).
public struct BearerTokens: Sendable {
    private let keys: JWTKeyCollection
    /// The `aud` value that marks a token as meant for this service.
    public let audience: String

    /// HS256 needs a key at least as long as its 32-byte digest (JWTKit asserts it, which would crash).
    public static let minimumSecretBytes = 32

    /// The audience the services expect and ``sign(_:)`` stamps unless configured otherwise.
    public static let defaultAudience = "market"

    /// - Parameters:
    ///   - variable: the configuration variable that held the secret, named in the error.
    ///   - audience: tokens with an `aud` claim must list it; tokens without `aud` are accepted.
    /// - Throws: ``WeakJWTSecret`` for a secret shorter than ``minimumSecretBytes``.
    public init(secret: String, variable: String = "JWT_SECRET", audience: String = defaultAudience) async throws {
        guard secret.utf8.count >= Self.minimumSecretBytes else {
            throw WeakJWTSecret(variable: variable, length: secret.utf8.count)
        }
        keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        self.audience = audience
    }

    /// The claims of a valid token; 401 for a token that is malformed, forged, unsigned or expired, or
    /// whose `aud` claim leaves out ``audience`` (RFC 7519 §4.1.3: such a token is meant for someone else).
    public func claims(of token: String) async throws -> BearerClaims {
        let claims: BearerClaims
        do {
            claims = try await keys.verify(token, as: BearerClaims.self)
        } catch {
            throw ProblemDetails.unauthorized("the bearer token is invalid or expired")
        }
        if let aud = claims.aud, !aud.value.contains(audience) {
            throw ProblemDetails.unauthorized("the bearer token is not meant for this service (audience \"\(audience)\")")
        }
        return claims
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
    /// Claims without an audience get ``audience``, so the token passes this verifier's audience check.
    public func sign(_ claims: BearerClaims) async throws -> String {
        var claims = claims
        if claims.aud == nil { claims.aud = AudienceClaim(value: [audience]) }
        return try await keys.sign(claims)
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
