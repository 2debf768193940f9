import EventContracts
import Foundation
import Postgres
import ServiceKit

/// The work a typical service does per event, kept minimal so the benchmark measures the transport:
/// one state row upserted per event (set-based for the batch) and one event emitted per event.
struct BenchHandler: EventHandler {
    static let consumedTypes = [BrickListed.eventType]
    static let source = EventSource.service("transport-bench")
    let schema: SchemaName

    func apply(_ events: [IncomingEvent], in batch: inout Batch) throws {
        var bricks: [String] = []
        var prices: [Int64] = []
        for event in events {
            guard let listed = event.payload as? BrickListed else { continue }
            bricks.append(listed.brickId)
            prices.append(listed.baselinePriceCents)
            try batch.emit(
                CloudEvent(
                    causedBy: event.envelope, id: .random(), source: Self.source,
                    time: event.envelope.time,
                    data: BrickPriceClosed(
                        brickId: listed.brickId, day: "2026-11-23", closePriceCents: listed.baselinePriceCents, votesToday: 1)))
        }
        try batch.connection.query(
            """
            INSERT INTO \(schema).bricks (brick_id, price_cents, events)
            SELECT brick, price, 1 FROM UNNEST($1::text[], $2::bigint[]) AS input(brick, price)
            ON CONFLICT (brick_id) DO UPDATE SET price_cents = EXCLUDED.price_cents, events = bricks.events + 1
            """, [bricks, prices])
    }
}
