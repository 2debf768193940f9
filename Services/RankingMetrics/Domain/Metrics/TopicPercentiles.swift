/// D001-02: every topic's mid-rank percentile among the period's topics, in one O(N log N) pass
/// (D001-12 recomputes them all whenever any topic changes).
///
/// The population is the topics with count > 0 (D001-07); others are left out of the result.
/// For a topic, B = topics with a strictly higher (worse) average and E = *other* topics with an
/// equal average, compared as exact fractions; the percentile is `100 × (B + 0.5·E) / (N − 1)`,
/// and 50 when N = 1. So 100 is the most popular topic and 0 the least; ties share a value.
public func topicPercentiles(_ averages: [TopicID: PositionAverage]) -> [TopicID: Double] {
    let population = averages.filter { $0.value.count > 0 }
        .sorted { lhs, rhs in
            let order = lhs.value.compare(to: rhs.value)
            return order != 0 ? order < 0 : lhs.key < rhs.key
        }
    let total = population.count
    guard total > 1 else { return population.reduce(into: [:]) { $0[$1.key] = 50.0 } }

    var result: [TopicID: Double] = [:]
    result.reserveCapacity(total)
    var start = 0
    while start < total {
        var end = start + 1
        while end < total, population[end].value.compare(to: population[start].value) == 0 {
            end += 1
        }
        let worse = total - end
        let equalOthers = end - start - 1
        // Evaluated as written in D001-02: 100 × (B + 0.5·E) / (N − 1).
        let percentile = 100 * (Double(worse) + 0.5 * Double(equalOthers)) / Double(total - 1)
        for index in start..<end {
            result[population[index].key] = percentile
        }
        start = end
    }
    return result
}
