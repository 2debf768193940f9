import EventContracts
import Foundation
import RankingMetricsDomain
import ServiceKit
import TestSupport
import Testing

@testable import ranking_metrics

/// Aggregates kept in the ranking transaction equal a full recomputation, and the hot path costs
/// a constant number of round trips per batch.
@Suite struct ConsistencyTests {
    /// A random batch for `student` that re-ranks a random subset of the topics with a random
    /// permutation slice and withdraws the rest of what the student holds (`held`), so it is valid
    /// whatever order the topics come in.
    static func randomBatch(
        _ student: String, held: Set<Int>, topics: Int, using generator: inout SplitMix64
    ) throws -> IncomingEvent? {
        let ranked = Int.random(in: 0...topics, using: &generator)
        let order = (0..<topics).shuffled(using: &generator)
        let positions = (1...topics).shuffled(using: &generator)
        let updates = (0..<topics).compactMap { index -> (topic: Int, position: Int64?)? in
            if index < ranked { return (order[index], Int64(positions[index])) }
            return held.contains(order[index]) ? (order[index], nil) : nil
        }
        return updates.isEmpty ? nil : try Events.rank(student, in: "p", updates)
    }

    @Test func aggregatesEqualARecomputationAfterRandomUpdatesAndUndos() async throws {
        let fixture = try await ServiceFixture()
        do {
            let topics = 6
            try await fixture.apply(Events.period("p", topics: topics))
            var generator = SplitMix64(seed: 20_261_123)
            var held: [String: Set<Int>] = [:]
            var undoable: Set<String> = []
            for _ in 0..<15 {
                var events: [IncomingEvent] = []
                var students: Set<String> = []
                while events.count < 60 {
                    let student = "s\(Int.random(in: 0..<80, using: &generator))"
                    // One event per student per batch keeps every event valid against the loaded state.
                    guard students.insert(student).inserted else { continue }
                    if undoable.contains(student), Int.random(in: 0..<4, using: &generator) == 0 {
                        events.append(try Events.undo(student, in: "p"))
                    } else if let batch = try Self.randomBatch(
                        student, held: held[student] ?? [], topics: topics, using: &generator)
                    {
                        events.append(batch)
                        undoable.insert(student)
                    }
                }
                do {
                    try await fixture.apply(events)
                } catch let rejected as EventRejected {
                    // Only "nothing to undo" can happen (every batch of the student undone already).
                    #expect(rejected.reason == "nothing to undo")
                    undoable.removeAll()
                    try await fixture.apply(events.filter { $0.envelope.id != rejected.eventID && !($0.payload is RankingsUndoRequested) })
                }
                held = try await heldTopics(fixture)
            }
            #expect(try await fixture.count("ranking_batches") > 300)
            let drift = try await fixture.query { store, connection in try store.verifyAggregates(on: connection) }
            #expect(drift.isEmpty)

            // Corrupt one aggregate: verify must name it.
            let schema = fixture.schema
            try await fixture.pool.withConnection { connection in
                try connection.query(
                    "UPDATE \(schema).topic_aggregates SET sum_positions = sum_positions + 1 WHERE topic_id = 'p-t0'")
            }
            let corrupted = try await fixture.query { store, connection in try store.verifyAggregates(on: connection) }
            #expect(corrupted.map(\.topicID) == ["p-t0"])
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }

    private func heldTopics(_ fixture: ServiceFixture) async throws -> [String: Set<Int>] {
        let schema = fixture.schema
        return try await fixture.pool.withConnection { connection in
            var held: [String: Set<Int>] = [:]
            for row in try connection.query("SELECT student_id, substr(topic_id, 4)::int FROM \(schema).rankings") {
                held[try row.decode(0, as: String.self), default: []].insert(try row.decode(1, as: Int.self))
            }
            return held
        }
    }

    @Test func roundTripsPerBatchDoNotGrowWithTheBatch() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 10))
            let small = try (0..<5).map { try Events.rank("a\($0)", in: "p", [(0, 1), (1, 2)]) }
            let large = try (0..<300).map { try Events.rank("b\($0)", in: "p", [(2, 3), (3, 1), (4, 2)]) }
            let smallTrips = try await fixture.apply(small).roundTrips
            let largeTrips = try await fixture.apply(large).roundTrips
            #expect(smallTrips == largeTrips)
            // Inbox claim, state load, one pipeline of writes, outbox: whatever the batch size.
            #expect(largeTrips <= 4)
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }
}
