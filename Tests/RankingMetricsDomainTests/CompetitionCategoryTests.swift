import RankingMetricsDomain
import Testing

struct CompetitionCategoryTests {
    private func category(sum: Int, count: Int, topics: Int) -> CompetitionCategory {
        CompetitionCategory(average: PositionAverage(sumOfPositions: sum, count: count), topicCount: topics)
    }

    /// D001-01 example, T = 10: avg ≤ 2.8 very-high, ≤ 4.6 high, ≤ 6.4 medium, else low; each
    /// boundary lands exactly on the contested side (D001-19), one tenth above does not.
    @Test("D001-01/D001-19: boundaries for T = 10 decide exactly")
    func boundariesForTenTopics() {
        #expect(category(sum: 14, count: 5, topics: 10) == .veryHigh)  // 2.8
        #expect(category(sum: 29, count: 10, topics: 10) == .high)  // 2.9
        #expect(category(sum: 23, count: 5, topics: 10) == .high)  // 4.6
        #expect(category(sum: 47, count: 10, topics: 10) == .medium)  // 4.7
        #expect(category(sum: 32, count: 5, topics: 10) == .medium)  // 6.4
        #expect(category(sum: 65, count: 10, topics: 10) == .low)  // 6.5
    }

    /// The seed's bug: with avg 3, 100 students gave very-high and 2 students low. After D001-01
    /// both give (3 − 1)/9 ≈ 0.22 → high.
    @Test("D001-01: the category no longer depends on the student count")
    func independentOfCount() {
        #expect(category(sum: 300, count: 100, topics: 10) == .high)
        #expect(category(sum: 6, count: 2, topics: 10) == .high)
    }

    @Test("D001-01: first place is very-high, last place is low, T ≤ 1 counts as 0")
    func rangeEnds() {
        #expect(category(sum: 7, count: 7, topics: 10) == .veryHigh)
        #expect(category(sum: 70, count: 7, topics: 10) == .low)
        #expect(category(sum: 3, count: 3, topics: 1) == .veryHigh)
        #expect(category(sum: 0, count: 0, topics: 0) == .veryHigh)
    }

    @Test("D001-18: one student ranking a topic first makes it very-high")
    func averageOnly() {
        #expect(category(sum: 1, count: 1, topics: 40) == .veryHigh)
    }

    @Test("Raw values are the event's enum spelling")
    func rawValues() {
        #expect(CompetitionCategory.allCases.map(\.rawValue) == ["VERY_HIGH", "HIGH", "MEDIUM", "LOW"])
    }

    /// Invariants: a worse average never gives a more contested category, and scaling sum and
    /// count together (same average) never changes it.
    @Test("D001-01 property: monotone in the average and invariant under scaling")
    func monotoneAndScaleInvariant() {
        var generator = SeededGenerator(seed: 0x0C47)
        let order: [CompetitionCategory] = [.veryHigh, .high, .medium, .low]
        for _ in 0..<2_000 {
            let topics = Int.random(in: 1...60, using: &generator)
            let count = Int.random(in: 1...50, using: &generator)
            let sum = Int.random(in: count...(count * topics), using: &generator)
            let base = category(sum: sum, count: count, topics: topics)
            let scale = Int.random(in: 2...9, using: &generator)
            #expect(category(sum: sum * scale, count: count * scale, topics: topics) == base)
            if sum < count * topics, let rank = order.firstIndex(of: base),
                let worse = order.firstIndex(of: category(sum: sum + 1, count: count, topics: topics))
            {
                #expect(worse >= rank)
            }
        }
    }
}
