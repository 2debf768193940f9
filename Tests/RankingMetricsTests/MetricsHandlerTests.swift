import EventContracts
import Foundation
import RankingMetricsDomain
import ServiceKit
import Testing

@testable import ranking_metrics

/// Hand-computed metrics through the real handler and schema (T = 10 topics).
///
/// Rankings: s1 t0=1 t1=2, s2 t0=2 t1=1, s3 t0=3 t2=1, s4 t0=4 t3=1, s5 t0=4 t3=2.
/// t0: n 5, Σp 14, avg exactly 2.8 (the VERY_HIGH boundary for T = 10), Σp² 46,
/// std = sqrt(5·46 − 14²)/5 = sqrt(34)/5. Averages t2 1 < t1 1.5 = t3 1.5 < t0 2.8, so the
/// percentiles (N = 4) are t2 100, t1 and t3 (1 + 0.5)/3 = 50, t0 0.
@Suite struct MetricsHandlerTests {
    static func rankings() throws -> [IncomingEvent] {
        try [
            Events.rank("s1", in: "p", [(0, 1), (1, 2)]), Events.rank("s2", in: "p", [(0, 2), (1, 1)]),
            Events.rank("s3", in: "p", [(0, 3), (2, 1)]), Events.rank("s4", in: "p", [(0, 4), (3, 1)]),
            Events.rank("s5", in: "p", [(0, 4), (3, 2)]),
        ]
    }

    @Test func handComputedMetricsAreStoredAndEmittedOncePerTopic() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 10))
            let result = try await fixture.apply(Self.rankings())
            let emitted = try Events.decode(result.emitted, as: TopicMetricsCalculated.self)
            // Coalesced per consumed batch: one event per affected topic, not per ranking event.
            #expect(emitted.map(\.topicId).sorted() == ["p-t0", "p-t1", "p-t2", "p-t3"])
            let t0 = try #require(emitted.first { $0.topicId == "p-t0" })
            #expect(t0.studentCount == 5)
            #expect(t0.sumOfPositions == 14)
            #expect(t0.averagePosition == 2.8)
            #expect(abs(t0.standardDeviation - 34.0.squareRoot() / 5) < 1e-12)
            #expect(t0.distribution == [1, 1, 1, 2, 0, 0, 0, 0, 0, 0])
            #expect(t0.competitionCategory == .veryHigh)
            #expect(t0.percentile == 0)

            let stored = try #require(try await fixture.query { store, connection in try store.periodMetrics("p", on: connection) })
            #expect(stored.map(\.metrics.topicID.rawValue) == ["p-t2", "p-t1", "p-t3", "p-t0"])
            #expect(stored.map(\.metrics.percentile) == [100, 50, 50, 0])
            #expect(stored.allSatisfy { !$0.isStale })
            #expect(stored.first { $0.metrics.topicID == "p-t2" }?.metrics.standardDeviation == 0)
            #expect(try await fixture.count("topic_metrics_history") == 4)
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }

    @Test func aWithdrawnLastRankingDeletesTheRowAndMovesEveryPercentile() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 10))
            try await fixture.apply(Self.rankings())
            try await fixture.apply([Events.rank("s3", in: "p", [(2, nil)])])

            let stored = try #require(try await fixture.query { store, connection in try store.periodMetrics("p", on: connection) })
            // D001-07: t2 has no row; N = 3: t1 and t3 tie at 1.5 → (1 + 0.5)/2 = 75, t0 → 0.
            #expect(stored.map(\.metrics.topicID.rawValue) == ["p-t1", "p-t3", "p-t0"])
            #expect(stored.map(\.metrics.percentile) == [75, 75, 0])
            #expect(try await fixture.query { store, connection in try store.topicMetrics("p-t2", on: connection) } == nil)
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }

    @Test func anAverageJustAboveTheBoundaryIsHigh() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 10))
            // avg 29/10 = 2.9 > 2.8 with T = 10: 5·(29 − 10) = 95 > 1·10·9 = 90 → HIGH.
            let positions: [Int64] = [1, 2, 3, 3, 3, 3, 3, 3, 4, 4]
            let events = try positions.enumerated().map { try Events.rank("s\($0.offset)", in: "p", [(0, $0.element)]) }
            let result = try await fixture.apply(events)
            let metrics = try #require(try Events.decode(result.emitted, as: TopicMetricsCalculated.self).first)
            #expect(metrics.averagePosition == 2.9)
            #expect(metrics.competitionCategory == .high)
            #expect(metrics.percentile == 50)  // the only ranked topic (N = 1)
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }
}
