import EventContracts
import Foundation
import Postgres
import ServiceKit

/// The smallest real handler: records every `brick.listed` it applies and emits a `brick.price.closed`
/// for it. `applied` has no unique key on purpose, so a double application shows up as two rows.
///
/// Two names drive the failure paths: a brick named `poison` makes the handler throw (it is retried,
/// isolated by bisection and dead-lettered), one named `reject` is refused with ``EventRejected``.
///
/// `pausePerBatch` holds each batch's transaction open for a while, so a test that kills the process
/// lands inside a batch however fast the rest of the path has become.
struct ProbeHandler: EventHandler {
    static let consumedTypes = [BrickListed.eventType]
    static let source = EventSource.service("servicekit-probe")

    let schema: SchemaName
    var pausePerBatch: TimeInterval = 0

    struct PoisonError: Error, CustomStringConvertible {
        var description: String { "the probe cannot digest poison" }
    }

    func apply(_ events: [IncomingEvent], in batch: inout Batch) throws {
        var ids: [String] = []
        var bricks: [String] = []
        for event in events {
            guard let listed = event.payload as? BrickListed else { continue }
            switch listed.name {
            case "poison": throw PoisonError()
            case "reject": throw EventRejected(eventID: event.envelope.id, reason: "the probe refuses bricks named reject")
            default: break
            }
            ids.append(event.envelope.id)
            bricks.append(listed.brickId)
            try batch.emit(
                CloudEvent(
                    causedBy: event.envelope, id: UUID(), source: Self.source, time: event.envelope.time,
                    data: BrickPriceClosed(
                        brickId: listed.brickId, day: "2026-11-23", closePriceCents: listed.baselinePriceCents,
                        votesToday: 0)))
        }
        try batch.connection.query(
            "INSERT INTO \(schema).applied (event_id, brick_id) SELECT * FROM UNNEST($1::text[], $2::text[])",
            [ids, bricks])
        // `apply` runs on the connection's own thread, never on the cooperative pool.
        if pausePerBatch > 0 { Thread.sleep(forTimeInterval: pausePerBatch) }
    }
}
