import Hummingbird
import ServiceKit
import WarehouseOrdersDomain

/// The `{id}` and `?day=` of the read API, validated: a bad one is a 400 problem naming it.
struct WarehouseDayQuery: Sendable {
    let warehouse: WarehouseID
    let day: DayKey

    /// Longest warehouse id accepted in a path (ids are UUIDs; this only bounds abuse).
    static let maxIdentifierLength = 200

    init(_ request: Request, _ context: some RequestContext) throws {
        guard let id = context.parameters.get("id"), !id.isEmpty, id.count <= Self.maxIdentifierLength else {
            throw ProblemDetails.badRequest(
                "the warehouse id must be 1…\(Self.maxIdentifierLength) characters", field: "id")
        }
        guard let text = request.uri.queryParameters.get("day") else {
            throw ProblemDetails.badRequest("the query parameter day=YYYY-MM-DD is required", field: "day")
        }
        guard let day = DayKey(text) else {
            throw ProblemDetails.badRequest("day '\(text)' is not a calendar date YYYY-MM-DD", field: "day")
        }
        warehouse = WarehouseID(id)
        self.day = day
    }
}
