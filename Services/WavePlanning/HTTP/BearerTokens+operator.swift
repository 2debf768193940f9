import Auth
import ServiceKit

extension BearerTokens {
    /// The admin behind a change (a blacklisting, a config change, a started wave), recorded with it.
    ///
    /// 401 without a valid token, 403 without the admin claim or with an empty subject: a change that
    /// cannot say who made it is refused, whichever route makes it.
    func operatorId(authorization: String?) async throws -> String {
        let subject = try await admin(authorization: authorization).sub.value
        guard !subject.isEmpty else {
            throw ProblemDetails.forbidden("the admin token has an empty subject (sub); changes are recorded with the operator's id")
        }
        return subject
    }
}
