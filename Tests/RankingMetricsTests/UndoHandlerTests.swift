import EventContracts
import Foundation
import RankingMetricsDomain
import ServiceKit
import Testing

@testable import ranking_metrics

/// D001-05 through the handler: undo is a stack over recorded batches, refused on conflict.
@Suite struct UndoHandlerTests {
    @Test func undoRevertsTheLastBatchAndThenTheOneBefore() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 4))
            try await fixture.apply([Events.rank("s1", in: "p", [(0, 1), (1, 2)])])
            try await fixture.apply([Events.rank("s1", in: "p", [(0, 2), (1, 1), (2, 3)])])
            try await fixture.apply([Events.undo("s1", in: "p")])
            #expect(try await positions(fixture, "s1") == ["p-t0": 1, "p-t1": 2])
            let result = try await fixture.apply([Events.undo("s1", in: "p")])
            #expect(try await positions(fixture, "s1") == [:])
            // Every topic emptied: their metrics rows are deleted and nothing is published for them.
            #expect(try Events.decode(result.emitted, as: TopicMetricsCalculated.self).isEmpty)
            #expect(try await fixture.count("topic_metrics") == 0)
            #expect(try await fixture.query { store, connection in try store.verifyAggregates(on: connection) }.isEmpty)
            let third = try await fixture.rejection([Events.undo("s1", in: "p")])
            #expect(third?.reason == "nothing to undo")
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }

    /// Every change through events is recorded, so a conflict needs an out-of-band change (an
    /// operator's fix, a backfill): the undo must then refuse rather than overwrite it.
    @Test func undoAfterAnOutOfBandChangeIsAConflictAndWritesNothing() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 4))
            let first = try Events.rank("s1", in: "p", [(0, 1), (1, 2)])
            try await fixture.apply([first])
            let schema = fixture.schema
            try await fixture.pool.withConnection { connection in
                try connection.query("UPDATE \(schema).rankings SET position = 3 WHERE topic_id = 'p-t1'")
            }
            let batches = try await fixture.count("ranking_batches")
            let rejected = try await fixture.rejection([Events.undo("s1", in: "p")])
            #expect(rejected?.reason == "conflict: topics p-t1 changed since event \(first.envelope.id)")
            #expect(try await fixture.count("ranking_batches") == batches)
            #expect(try await positions(fixture, "s1") == ["p-t0": 1, "p-t1": 3])
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }

    private func positions(_ fixture: ServiceFixture, _ student: String) async throws -> [String: Int] {
        let schema = fixture.schema
        return try await fixture.pool.withConnection { connection in
            var result: [String: Int] = [:]
            for row in try connection.query("SELECT topic_id, position FROM \(schema).rankings WHERE student_id = $1", [student]) {
                result[try row.decode(0, as: String.self)] = try row.decode(1, as: Int.self)
            }
            return result
        }
    }
}
