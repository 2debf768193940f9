/// A batch (or an undo) that passed validation: what to write in one transaction (D001-11).
///
/// `changes` is the `updates[]` payload of the `RANKINGS_BATCH_UPDATED` event to record, in the
/// order requested; `rankings` is the student's state afterwards; every topic in `changes` needs
/// its aggregate updated (``TopicAggregate/applying(_:)``) and its metrics recalculated (D001-12).
public struct AppliedRankingBatch: Hashable, Sendable, Codable {
    public let studentID: StudentID
    public let periodID: PeriodID
    public let sessionID: String
    public let changes: [RankingChange]
    public let rankings: StudentRankings

    public init(
        studentID: StudentID, periodID: PeriodID, sessionID: String, changes: [RankingChange],
        rankings: StudentRankings
    ) {
        self.studentID = studentID
        self.periodID = periodID
        self.sessionID = sessionID
        self.changes = changes
        self.rankings = rankings
    }

    /// The topics whose aggregates and metrics this batch touches, sorted and de-duplicated.
    public var affectedTopics: [TopicID] {
        Set(changes.map(\.topicID)).sorted()
    }
}
