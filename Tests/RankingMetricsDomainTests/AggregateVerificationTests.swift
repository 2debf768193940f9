import RankingMetricsDomain
import Testing

struct AggregateVerificationTests {
    private let topics = Fixture.topics(3)

    @Test("Verify: recomputation from rows matches the maintained aggregates")
    func consistent() throws {
        let rows: [(topicID: TopicID, position: Int)] = [(Fixture.topic(1), 1), (Fixture.topic(1), 3), (Fixture.topic(2), 2)]
        let recomputed = try recomputeAggregates(rankings: rows, topics: topics)
        #expect(recomputed[Fixture.topic(1)] == (try Fixture.aggregate([1, 3], topicCount: 3)))
        #expect(recomputed[Fixture.topic(3)]?.count == 0)
        let maintained = [
            Fixture.topic(1): try Fixture.aggregate([3, 1], topicCount: 3),
            Fixture.topic(2): try Fixture.aggregate([2], topicCount: 3),
        ]
        #expect(verifyAggregates(maintained: maintained, recomputed: recomputed).isEmpty)
    }

    @Test("Verify: a differing distribution or a missing aggregate is reported per topic")
    func discrepancies() throws {
        let recomputed = [Fixture.topic(1): try Fixture.aggregate([1, 3], topicCount: 3), Fixture.topic(2): try Fixture.aggregate([2], topicCount: 3)]
        let maintained = [Fixture.topic(1): try Fixture.aggregate([2, 2], topicCount: 3), Fixture.topic(3): try Fixture.aggregate([1], topicCount: 3)]
        let report = verifyAggregates(maintained: maintained, recomputed: recomputed)
        #expect(report.map(\.topicID) == [Fixture.topic(1), Fixture.topic(2), Fixture.topic(3)])
        #expect(report[1].maintained == nil)
        #expect(report[2].recomputed == nil)
    }

    @Test("Verify: a grown T (trailing zero buckets) is not a discrepancy")
    func grownTopicCount() throws {
        let old = try Fixture.aggregate([1, 2], topicCount: 2)
        let fresh = try Fixture.aggregate([1, 2], topicCount: 4)
        #expect(verifyAggregates(maintained: [Fixture.topic(1): old], recomputed: [Fixture.topic(1): fresh]).isEmpty)
    }

    @Test("Verify: a row of a topic outside the period is an error")
    func unknownTopic() {
        #expect(throws: AggregateError.unknownTopic("stray")) {
            try recomputeAggregates(rankings: [(topicID: TopicID("stray"), position: 1)], topics: topics)
        }
    }
}
