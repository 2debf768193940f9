import RankingMetricsDomain
import Testing

struct TopicAggregateTests {
    /// Positions 1, 2, 2, 5 with T = 5: n = 4, Σp = 10, Σp² = 34, histogram [1, 2, 0, 0, 1];
    /// numerator 4·34 − 10² = 36, std = √36 / 4 = 1.5.
    @Test("D001-03/D001-06: aggregate and population std from scratch")
    func fromScratch() throws {
        let aggregate = try Fixture.aggregate([1, 2, 2, 5], topicCount: 5)
        #expect(aggregate.count == 4)
        #expect(aggregate.sumOfPositions == 10)
        #expect(aggregate.sumOfSquares == 34)
        #expect(aggregate.distribution == [1, 2, 0, 0, 1])
        #expect(aggregate.dispersionNumerator == 36)
        #expect(aggregate.standardDeviation == 1.5)
        #expect(aggregate.average.value == 2.5)
    }

    @Test("D001-03: population (not sample) std; 0 for n = 1 and n = 0")
    func populationStandardDeviation() throws {
        // [1, 3]: 2·10 − 16 = 4 → √4 / 2 = 1 (the sample std would be √2).
        #expect(try Fixture.aggregate([1, 3], topicCount: 3).standardDeviation == 1)
        #expect(try Fixture.aggregate([4], topicCount: 4).standardDeviation == 0)
        #expect(TopicAggregate(topicCount: 4).standardDeviation == 0)
        #expect(try Fixture.aggregate([2, 2, 2], topicCount: 4).dispersionNumerator == 0)
    }

    /// D001-06: positions above 10 are counted (the seed's 1…10 buckets dropped them).
    @Test("D001-06: dense histogram over 1…T sums to the count")
    func denseDistribution() throws {
        let aggregate = try Fixture.aggregate([12, 1, 11, 12], topicCount: 12)
        #expect(aggregate.distribution.count == 12)
        #expect(aggregate.distribution[11] == 2)
        #expect(aggregate.distribution.reduce(0, +) == aggregate.count)
    }

    @Test("Add, move and withdraw update every field incrementally")
    func incrementalChanges() throws {
        let topic = Fixture.topic(1)
        var aggregate = TopicAggregate(topicCount: 4)
        aggregate = try aggregate.applying(RankingChange(topicID: topic, oldPosition: nil, newPosition: 2))
        aggregate = try aggregate.applying(RankingChange(topicID: topic, oldPosition: nil, newPosition: 4))
        aggregate = try aggregate.applying(RankingChange(topicID: topic, oldPosition: 4, newPosition: 1))
        #expect(aggregate == (try Fixture.aggregate([2, 1], topicCount: 4)))
        aggregate = try aggregate.applying(RankingChange(topicID: topic, oldPosition: 2, newPosition: nil))
        #expect(aggregate.count == 1)
        #expect(aggregate.sumOfPositions == 1)
        #expect(aggregate.sumOfSquares == 1)
        #expect(aggregate.distribution == [1, 0, 0, 0])
    }

    @Test("Inconsistent updates are typed errors, not traps")
    func inconsistentUpdates() throws {
        let topic = Fixture.topic(1)
        let empty = TopicAggregate(topicCount: 3)
        #expect(throws: AggregateError.removingAbsentPosition(2)) {
            try empty.applying(RankingChange(topicID: topic, oldPosition: 2, newPosition: 1))
        }
        #expect(throws: AggregateError.positionOutOfRange(4, topicCount: 3)) {
            try empty.applying(RankingChange(topicID: topic, oldPosition: nil, newPosition: 4))
        }
        #expect(throws: AggregateError.positionOutOfRange(0, topicCount: 3)) {
            try TopicAggregate(positions: [0], topicCount: 3)
        }
    }

    @Test("D001-04: T grows by padding; shrinking only past empty positions")
    func resizing() throws {
        let aggregate = try Fixture.aggregate([1, 2], topicCount: 3)
        #expect(try aggregate.resized(topicCount: 5).distribution == [1, 1, 0, 0, 0])
        #expect(try aggregate.resized(topicCount: 2).distribution == [1, 1])
        #expect(throws: AggregateError.shrinkingDropsRankings(topicCount: 1)) {
            try aggregate.resized(topicCount: 1)
        }
    }

    /// Property: any sequence of valid adds, moves and withdrawals leaves the incremental
    /// aggregate equal to the one recomputed from the final positions.
    @Test("Property: incremental aggregate equals recomputation from scratch")
    func incrementalMatchesRecomputation() throws {
        var generator = SeededGenerator(seed: 0xA66)
        let topic = Fixture.topic(1)
        for _ in 0..<200 {
            let topicCount = Int.random(in: 1...15, using: &generator)
            var holders: [Int] = []
            var aggregate = TopicAggregate(topicCount: topicCount)
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                let position = Int.random(in: 1...topicCount, using: &generator)
                let change: RankingChange
                if holders.isEmpty || Bool.random(using: &generator) {
                    change = RankingChange(topicID: topic, oldPosition: nil, newPosition: position)
                    holders.append(position)
                } else {
                    let index = Int.random(in: holders.indices, using: &generator)
                    let withdraw = Bool.random(using: &generator)
                    change = RankingChange(
                        topicID: topic, oldPosition: holders[index], newPosition: withdraw ? nil : position)
                    if withdraw { holders.remove(at: index) } else { holders[index] = position }
                }
                aggregate = try aggregate.applying(change)
            }
            #expect(aggregate == (try TopicAggregate(positions: holders, topicCount: topicCount)))
            #expect(aggregate.distribution.reduce(0, +) == aggregate.count)
            #expect(aggregate.dispersionNumerator >= 0)
        }
    }
}
