/// One student's current rankings in one selection period: topic → 1-based position.
///
/// This is the state a batch or an undo is validated against; the storage layer loads it with
/// one query per batch (`by_student_topic`). D001-08 keeps the positions unique.
public struct StudentRankings: Hashable, Sendable, Codable {
    public let studentID: StudentID
    public let periodID: PeriodID
    public private(set) var positions: [TopicID: Int]

    public init(studentID: StudentID, periodID: PeriodID, positions: [TopicID: Int] = [:]) {
        self.studentID = studentID
        self.periodID = periodID
        self.positions = positions
    }

    /// The rankings after `changes`: a `nil` new position removes the topic.
    public func applying(_ changes: [RankingChange]) -> StudentRankings {
        var next = self
        for change in changes {
            next.positions[change.topicID] = change.newPosition
        }
        return next
    }
}
