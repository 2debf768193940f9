import ServiceKit

/// The bearer-token configuration every HTTP service reads, declared once so the variables, their
/// defaults and their `--help` lines are the same in all of them (each under its own prefix).
///
/// A service lists ``documentation`` among its own keys and builds its verifier with
/// ``BearerTokens/init(environment:)``:
/// ```swift
/// static let all = [schema.documentation, queue.documentation] + BearerTokenKeys.documentation
/// let tokens = try await BearerTokens(environment: startup.environment)
/// ```
public enum BearerTokenKeys {
    /// The HS256 secret shared with the auth system.
    public static let secret = ConfigKey(
        "JWT_SECRET", default: "market-development-jwt-secret-0123456789",
        help: "HS256 secret of the auth system's bearer tokens, at least \(BearerTokens.minimumSecretBytes) bytes")

    /// The `aud` value a token must list when it carries an `aud` claim.
    public static let audience = ConfigKey(
        "JWT_AUDIENCE", default: BearerTokens.defaultAudience,
        help: "audience a bearer token's aud claim must include (tokens without aud are accepted)")

    /// Both variables, for `--help`.
    public static var documentation: [ConfigKeyDocumentation] { [secret.documentation, audience.documentation] }
}

extension BearerTokens {
    /// Reads ``BearerTokenKeys/secret`` and ``BearerTokenKeys/audience`` under the environment's prefix.
    ///
    /// - Throws: ``WeakJWTSecret`` naming the prefixed variable (e.g. `VOTING_JWT_SECRET`) when the
    ///   secret is too short; ``ConfigurationError`` as for any key.
    public init(environment: ServiceEnvironment) async throws {
        try await self.init(
            secret: try environment(BearerTokenKeys.secret), variable: environment.prefix + BearerTokenKeys.secret.name,
            audience: try environment(BearerTokenKeys.audience))
    }
}
