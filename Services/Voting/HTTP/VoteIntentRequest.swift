import Foundation
import PricingDomain
import ServiceKit

/// The body of `POST /api/vote_intents`: `{"brickId": "<uuid>", "voteType": "UNDER|FAIR|OVER"}`.
///
/// Parsed field by field so that a 400 names the field that is wrong.
struct VoteIntentRequest: Sendable {
    var brickId: UUID
    var voteType: VoteType

    private struct Wire: Decodable {
        var brickId: String?
        var voteType: String?
    }

    init(json: Data) throws(ProblemDetails) {
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: json)
        } catch let DecodingError.typeMismatch(_, context) {
            throw Self.badField(context)
        } catch let DecodingError.valueNotFound(_, context) {
            throw Self.badField(context)
        } catch {
            throw .badRequest("the body must be a JSON object {\"brickId\": …, \"voteType\": …}")
        }
        guard let brickText = wire.brickId else { throw .badRequest("brickId is required", field: "brickId") }
        guard let brickId = UUID(uuidString: brickText) else {
            throw .badRequest("brickId \(brickText.debugDescription) is not a UUID", field: "brickId")
        }
        guard let typeText = wire.voteType else { throw .badRequest("voteType is required", field: "voteType") }
        guard let voteType = VoteType(rawValue: typeText) else {
            throw .badRequest("voteType \(typeText.debugDescription) is not one of UNDER, FAIR, OVER", field: "voteType")
        }
        self.brickId = brickId
        self.voteType = voteType
    }

    private static func badField(_ context: DecodingError.Context) -> ProblemDetails {
        let field = context.codingPath.first?.stringValue
        return .badRequest("\(field ?? "the body") must be a string", field: field)
    }
}
