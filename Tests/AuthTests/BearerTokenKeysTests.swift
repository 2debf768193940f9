import Auth
import Foundation
import ServiceKit
import Testing

/// ``BearerTokens/init(environment:)`` reads `<PREFIX>JWT_SECRET` and `<PREFIX>JWT_AUDIENCE`.
struct BearerTokenKeysTests {
    static let secret = "environment-tests-secret-0123456789-abcdef"
    static let hour = Date().addingTimeInterval(3_600)

    @Test("a configured audience is honored: our tokens pass, tokens for the default audience are 401")
    func customAudience() async throws {
        let env = ServiceEnvironment(
            prefix: "VOTING_", values: ["VOTING_JWT_SECRET": Self.secret, "VOTING_JWT_AUDIENCE": "voting-api"])
        let tokens = try await BearerTokens(environment: env)
        #expect(tokens.audience == "voting-api")
        let claims = BearerClaims(subject: "u", expires: Self.hour)
        #expect(try await tokens.claims(of: try await tokens.sign(claims)).sub == claims.sub)
        let forMarket = try await BearerTokens(secret: Self.secret).sign(claims)
        let problem = await #expect(throws: ProblemDetails.self) { try await tokens.claims(of: forMarket) }
        #expect(problem?.statusCode == 401)
    }

    @Test("unset variables give the development secret and the market audience")
    func defaults() async throws {
        let tokens = try await BearerTokens(environment: ServiceEnvironment(prefix: "PRICING_", values: [:]))
        #expect(tokens.audience == BearerTokens.defaultAudience)
        let development = try await BearerTokens(secret: BearerTokenKeys.secret.defaultValue)
        let token = try await development.sign(BearerClaims(subject: "u", expires: Self.hour))
        #expect(try await tokens.claims(of: token).sub.value == "u")
    }

    @Test("a short secret is a WeakJWTSecret naming the prefixed variable")
    func weakSecretNamesVariable() async throws {
        let env = ServiceEnvironment(prefix: "WAVE_PLANNING_", values: ["WAVE_PLANNING_JWT_SECRET": "short"])
        let error = await #expect(throws: WeakJWTSecret.self) { try await BearerTokens(environment: env) }
        #expect(error?.variable == "WAVE_PLANNING_JWT_SECRET")
        #expect(error?.length == 5)
    }

    @Test("--help documents both variables with their defaults")
    func documentation() {
        let help = BearerTokenKeys.documentation.helpText(prefix: "VOTING_")
        #expect(help.contains("VOTING_JWT_SECRET"))
        #expect(help.contains("VOTING_JWT_AUDIENCE"))
        #expect(help.contains("(default: market)"))
    }
}
