import RankingMetricsDomain

/// Small builders so each test reads as its hand-computed case.
enum Fixture {
    static let period: PeriodID = "period-1"
    static let student: StudentID = "student-1"

    static func topic(_ number: Int) -> TopicID {
        TopicID("topic-\(number < 10 ? "0" : "")\(number)")
    }

    static func topics(_ count: Int) -> Set<TopicID> {
        Set((0..<count).map { topic($0 + 1) })
    }

    static func openPeriod(topicCount: Int) -> SelectionPeriod {
        SelectionPeriod(id: period, topics: topics(topicCount), status: .open)
    }

    static func rankings(_ positions: [Int: Int]) -> StudentRankings {
        StudentRankings(
            studentID: student, periodID: period,
            positions: Dictionary(uniqueKeysWithValues: positions.map { (topic($0.key), $0.value) }))
    }

    static func batch(_ updates: [(Int, Double?)], session: String? = "session-1") -> RankingBatchRequest {
        RankingBatchRequest(
            studentID: student, periodID: period, sessionID: session,
            updates: updates.map { RankingBatchRequest.Update(topicID: topic($0.0), position: $0.1) })
    }

    static func aggregate(_ positions: [Int], topicCount: Int) throws -> TopicAggregate {
        try TopicAggregate(positions: positions, topicCount: topicCount)
    }

    static func at(_ milliseconds: Int64) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: milliseconds)
    }
}
