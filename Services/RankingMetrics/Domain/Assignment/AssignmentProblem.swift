/// The input of a period's assignment: every topic's capacity and every student's rankings.
///
/// Dictionaries make the input a set: the order students or topics arrive in cannot change the
/// result (the solver sorts them by id, see ``AssignmentMode``). Validation rejects what would
/// make the result meaningless, with a typed error naming the offender.
public struct AssignmentProblem: Hashable, Sendable, Codable {
    /// Seats per topic, each ≥ 1 (`topic.created`'s capacity).
    public let capacities: [TopicID: Int]
    /// Each student's ranked topics with their 1-based positions; a student is only ever given
    /// a topic they ranked. A student with no rankings is reported unassigned.
    public let rankings: [StudentID: [TopicID: Int]]

    public init(
        capacities: [TopicID: Int], rankings: [StudentID: [TopicID: Int]]
    ) throws(AssignmentProblemError) {
        for (topic, capacity) in capacities where capacity < 1 {
            throw .invalidCapacity(topic, capacity: capacity)
        }
        let topicCount = capacities.count
        for (student, ranked) in rankings {
            for (topic, position) in ranked {
                guard capacities[topic] != nil else { throw .unknownTopic(student, topic) }
                // D001-04, D001-08: positions lie in 1…T; this also bounds every cost sum.
                guard position >= 1, position <= topicCount else {
                    throw .positionOutOfRange(student, topic, position: position, topicCount: topicCount)
                }
            }
        }
        self.capacities = capacities
        self.rankings = rankings
    }

    /// The number of ranking edges: the size that drives the solver's running time.
    public var rankingCount: Int {
        rankings.values.reduce(0) { $0 + $1.count }
    }
}

/// Why an assignment problem was refused.
public enum AssignmentProblemError: Error, Hashable, Sendable {
    /// Capacities are seats, at least 1.
    case invalidCapacity(TopicID, capacity: Int)
    /// A student ranked a topic that is not part of the problem.
    case unknownTopic(StudentID, TopicID)
    /// A position outside 1…T.
    case positionOutOfRange(StudentID, TopicID, position: Int, topicCount: Int)

    /// A one-line reason for the HTTP problem body.
    public var reason: String {
        switch self {
        case let .invalidCapacity(topic, capacity): "topic \(topic) has capacity \(capacity), at least 1 is required"
        case let .unknownTopic(student, topic): "student \(student) ranked unknown topic \(topic)"
        case let .positionOutOfRange(student, topic, position, topicCount):
            "student \(student) ranked topic \(topic) at \(position), outside 1...\(topicCount)"
        }
    }
}
