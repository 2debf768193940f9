import EventContracts
import Foundation
import ServiceKit
import WavePlanningDomain

/// The events one step of a wave emits. The handler emits them into its batch; the HTTP start
/// route writes them to the outbox itself. Either way they commit with the state that caused them.
struct WaveEmissions: Sendable {
    var planned: [CloudEvent<WavePlanned>] = []
    var batches: [CloudEvent<PurchaseBatchRequested>] = []
    var flagged: [CloudEvent<ReviewFlagged>] = []
    var completed: [CloudEvent<WaveCompleted>] = []

    /// Every emission as outbox rows, in a stable order.
    func messages() throws -> [OutboxMessage] {
        try planned.map(OutboxMessage.init) + batches.map(OutboxMessage.init) + flagged.map(OutboxMessage.init)
            + completed.map(OutboxMessage.init)
    }

    func emit(into batch: inout Batch) throws {
        for event in planned { try batch.emit(event) }
        for event in batches { try batch.emit(event) }
        for event in flagged { try batch.emit(event) }
        for event in completed { try batch.emit(event) }
    }

    var count: Int { planned.count + batches.count + flagged.count + completed.count }

    static func + (lhs: WaveEmissions, rhs: WaveEmissions) -> WaveEmissions {
        WaveEmissions(
            planned: lhs.planned + rhs.planned, batches: lhs.batches + rhs.batches, flagged: lhs.flagged + rhs.flagged,
            completed: lhs.completed + rhs.completed)
    }
}
