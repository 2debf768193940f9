import Auth
import Foundation
import Hummingbird
import Postgres
import ServiceKit
import WavePlanningDomain

/// §14 manual controls: blacklist a product or company, toggle newProductHold, set the budget.
/// Every change needs the admin claim and is logged with the operator id (the token's subject).
struct AdminRoutes: Sendable {
    let store: WaveStore
    let pool: PostgresPool
    let tokens: BearerTokens

    /// The decisions' hold, restored when the toggle is switched on.
    static let defaultHoldSeconds = WaveConfig().newProductHoldSeconds

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.post("/api/admin/blacklist/products") { request, _ in
            try await blacklist(request, entityType: "PRODUCT")
        }
        router.post("/api/admin/blacklist/companies") { request, _ in
            try await blacklist(request, entityType: "COMPANY")
        }
        router.put("/api/admin/config/new-product-hold") { request, _ in
            let operatorId = try await operatorId(request)
            let body = try await RequestBody.decode(NewProductHoldRequest.self, from: request)
            return try await changeConfig(operatorId: operatorId, action: "new_product_hold", detail: ["enabled": body.enabled]) {
                $0.config.newProductHoldSeconds = body.enabled ? Self.defaultHoldSeconds : 0
            }
        }
        router.put("/api/admin/config/budget") { request, _ in
            let operatorId = try await operatorId(request)
            let budget = try await RequestBody.decode(BudgetRequest.self, from: request).validated()
            return try await changeConfig(operatorId: operatorId, action: "budget", detail: ["budgetCents": budget]) {
                $0.defaultBudgetCents = budget
            }
        }
    }

    /// The admin's id; 401 anonymous, 403 without the admin claim or a subject.
    func operatorId(_ request: Request) async throws -> String {
        try await tokens.operatorId(authorization: request.headers[.authorization])
    }

    private func blacklist(_ request: Request, entityType: String) async throws -> AdminChangeResponse {
        let operatorId = try await operatorId(request)
        let body = try await RequestBody.decode(BlacklistRequest.self, from: request).validated()
        let detail = try JSONColumn.encode(["id": body.id, "reason": body.reason])
        let statement = store.blacklist(
            entityType: entityType, entityId: body.id, operatorId: operatorId, reason: body.reason, detail: detail)
        try await pool.withConnection { try $0.query(statement.sql, statement.parameters) }
        return AdminChangeResponse(action: "blacklist_\(entityType.lowercased())", operatorId: operatorId, configVersion: nil)
    }

    /// Read-modify-write of the one config row under its row lock, logged in the same transaction.
    private func changeConfig<Detail: Encodable & Sendable>(
        operatorId: String, action: String, detail: Detail, _ change: @escaping @Sendable (inout StoredConfig) -> Void
    ) async throws -> AdminChangeResponse {
        let store = store
        let detailText = try JSONColumn.encode(detail)
        let version = try await pool.transaction { connection -> Int64 in
            guard let row = try connection.query(store.readConfig(forUpdate: true).sql).first else {
                throw WaveStartError.missingConfig
            }
            var stored = try StoredConfig(row)
            change(&stored)
            let write = try store.writeConfig(stored, operatorId: operatorId, action: action, detail: detailText)
            return try connection.query(write.sql, write.parameters)[0].decode("config_version", as: Int64.self)
        }
        return AdminChangeResponse(action: action, operatorId: operatorId, configVersion: version)
    }
}
