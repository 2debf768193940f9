import Auth
import ServiceKit

extension BearerTokens {
    /// The token configuration of the deployment under test: `MARKET_E2E_JWT_SECRET` and
    /// `MARKET_E2E_JWT_AUDIENCE`, else the services' development defaults (``BearerTokenKeys``),
    /// so the suite signs tokens the services accept.
    static func deployment() async throws -> BearerTokens {
        try await BearerTokens(environment: ServiceEnvironment(prefix: "MARKET_E2E_"))
    }
}
