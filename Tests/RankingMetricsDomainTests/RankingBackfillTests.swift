import RankingMetricsDomain
import Testing

struct RankingBackfillTests {
    private let period = Fixture.openPeriod(topicCount: 4)

    private func preference(_ topics: [Int]) -> LegacyPreference {
        LegacyPreference(studentID: Fixture.student, topicOrder: topics.map(Fixture.topic))
    }

    @Test("D001-15: position = index + 1 from topicOrder; re-running changes nothing")
    func idempotent() throws {
        let first = try backfillRankings(preference([3, 1]), onto: Fixture.rankings([:]), in: period)
        #expect(first.rankings == Fixture.rankings([3: 1, 1: 2]))
        #expect(first.changes == [
            RankingChange(topicID: Fixture.topic(3), oldPosition: nil, newPosition: 1),
            RankingChange(topicID: Fixture.topic(1), oldPosition: nil, newPosition: 2),
        ])
        let again = try backfillRankings(preference([3, 1]), onto: first.rankings, in: period)
        #expect(again.changes.isEmpty)
        #expect(again.rankings == first.rankings)
    }

    @Test("D001-15: upsert by (student, topic) moves an existing ranking instead of duplicating it")
    func upserts() throws {
        let result = try backfillRankings(preference([2, 1]), onto: Fixture.rankings([1: 1]), in: period)
        #expect(result.rankings == Fixture.rankings([2: 1, 1: 2]))
        #expect(result.changes.last == RankingChange(topicID: Fixture.topic(1), oldPosition: 1, newPosition: 2))
    }

    @Test("D001-08: duplicates, unknown topics and collisions are rejected")
    func rejections() {
        #expect(throws: BackfillRejection.duplicateTopic(Fixture.topic(1))) {
            try backfillRankings(preference([1, 2, 1]), onto: Fixture.rankings([:]), in: period)
        }
        #expect(throws: BackfillRejection.unknownTopic(Fixture.topic(9))) {
            try backfillRankings(preference([9]), onto: Fixture.rankings([:]), in: period)
        }
        #expect(throws: BackfillRejection.duplicatePositions(position: 1, topics: [Fixture.topic(1), Fixture.topic(4)])) {
            try backfillRankings(preference([1]), onto: Fixture.rankings([4: 1]), in: period)
        }
    }

    @Test("D001-04: the fallback T is max(distinct topics ranked, max position observed)")
    func fallbackTopicCountRule() {
        #expect(fallbackTopicCount(distinctTopicsRanked: 7, maxPositionObserved: 4) == 7)
        #expect(fallbackTopicCount(distinctTopicsRanked: 3, maxPositionObserved: 12) == 12)
        #expect(fallbackTopicCount(distinctTopicsRanked: 0, maxPositionObserved: 0) == 0)
    }
}
