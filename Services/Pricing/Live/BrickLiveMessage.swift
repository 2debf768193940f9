import Foundation

/// What a live subscriber receives (seed 003 Appendix C, P-30): the hint `brick_state_updated:{brickId}`
/// with the state as this subscriber may see it.
struct BrickLiveMessage: Codable, Equatable {
    var event: String
    var state: BrickStateResponse

    init(_ state: BrickStateResponse) {
        event = "brick_state_updated:\(state.brickId)"
        self.state = state
    }

    func text() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
