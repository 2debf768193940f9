import RankingMetricsDomain
import Testing

struct PercentileTests {
    private func average(_ sum: Int, _ count: Int) -> PositionAverage {
        PositionAverage(sumOfPositions: sum, count: count)
    }

    @Test("D001-02: lowest average is 100, highest is 0, middle is 50")
    func distinctAverages() {
        let result = topicPercentiles([
            Fixture.topic(1): average(3, 3), Fixture.topic(2): average(4, 2), Fixture.topic(3): average(9, 3),
        ])
        #expect(result == [Fixture.topic(1): 100, Fixture.topic(2): 50, Fixture.topic(3): 0])
    }

    /// Averages 2 (2/1), 2 (4/2) and 3: the tied pair has B = 1, E = 1 → 100 × 1.5 / 2 = 75.
    @Test("D001-02: ties compare exact fractions and share the mid-rank")
    func ties() {
        let result = topicPercentiles([
            Fixture.topic(1): average(2, 1), Fixture.topic(2): average(4, 2), Fixture.topic(3): average(9, 3),
        ])
        #expect(result == [Fixture.topic(1): 75, Fixture.topic(2): 75, Fixture.topic(3): 0])
    }

    /// 1/3 and 333333/1000000 differ by less than a part in a million but are not equal.
    @Test("D001-19: nearly equal averages are not ties")
    func nearlyEqual() {
        let result = topicPercentiles([
            Fixture.topic(1): average(10, 3), Fixture.topic(2): average(3_333_333, 1_000_000),
        ])
        #expect(result == [Fixture.topic(1): 0, Fixture.topic(2): 100])
    }

    @Test("D001-02/D001-07: N = 1 gives 50; topics with count 0 are not in the population")
    func populationEdges() {
        #expect(topicPercentiles([Fixture.topic(1): average(5, 2), Fixture.topic(2): average(0, 0)])
            == [Fixture.topic(1): 50])
        #expect(topicPercentiles([:]).isEmpty)
    }

    /// Invariants: every value lies in [0, 100]; each unordered pair contributes exactly 1 to
    /// Σ(B + 0.5·E), so the percentiles sum to 50·N; the most popular topic has the maximum.
    @Test("D001-02 property: bounded, sums to 50·N, best topic highest")
    func invariants() {
        var generator = SeededGenerator(seed: 0x9E7)
        for _ in 0..<300 {
            let size = Int.random(in: 2...25, using: &generator)
            var averages: [TopicID: PositionAverage] = [:]
            for index in 0..<size {
                let count = Int.random(in: 1...4, using: &generator)
                averages[Fixture.topic(index)] = average(Int.random(in: count...(count * 5), using: &generator), count)
            }
            let result = topicPercentiles(averages)
            #expect(result.count == size)
            #expect(result.values.allSatisfy { (0...100).contains($0) })
            #expect(abs(result.values.reduce(0, +) - 50 * Double(size)) < 1e-6)
            let best = averages.min { $0.value.compare(to: $1.value) < 0 }
            #expect(best.flatMap { result[$0.key] } == result.values.max())
        }
    }
}
