import Hummingbird
import ServiceKit

/// `POST /api/admin/blacklist/{products|companies}`.
struct BlacklistRequest: Decodable {
    var id: String
    var reason: String

    func validated() throws -> BlacklistRequest {
        guard !id.isEmpty, id.count <= 200, !id.contains(where: \.isWhitespace) else {
            throw ProblemDetails.badRequest("id must be 1…200 characters without whitespace", field: "id")
        }
        guard !reason.isEmpty, reason.count <= 500 else {
            throw ProblemDetails.badRequest("reason must be 1…500 characters", field: "reason")
        }
        return self
    }
}

/// `PUT /api/admin/config/new-product-hold`: on restores the decisions' hour, off sets it to 0 (D000-21).
struct NewProductHoldRequest: Decodable {
    var enabled: Bool
}

/// `PUT /api/admin/config/budget`: the default budget of waves requested without one.
struct BudgetRequest: Decodable {
    var budgetCents: Int64

    func validated() throws -> Int64 {
        try BudgetLimit.validated(budgetCents)
    }
}

/// `POST /api/waves`: an admin-started wave; the id is generated when absent.
struct StartWaveRequest: Decodable {
    var waveId: String?
    var budgetCents: Int64?
    var seed: String?
}

/// What an admin change returns.
struct AdminChangeResponse: ResponseEncodable {
    var action: String
    var operatorId: String
    var configVersion: Int64?
}
