/// One topic's move within a recorded batch: the `updates[]` item of `RANKINGS_BATCH_UPDATED`.
///
/// `oldPosition == nil` means the topic was not ranked before (D001-17: absent is `nil`, never a
/// falsy 0), `newPosition == nil` means the ranking was withdrawn or deleted by an undo (D001-05
/// makes `newPos` nullable). Both set means a move (possibly to the same position).
public struct RankingChange: Hashable, Sendable, Codable {
    public let topicID: TopicID
    public let oldPosition: Int?
    public let newPosition: Int?

    public init(topicID: TopicID, oldPosition: Int?, newPosition: Int?) {
        self.topicID = topicID
        self.oldPosition = oldPosition
        self.newPosition = newPosition
    }

    /// The change that puts this one back: what an undo records (D001-05).
    public var reverted: RankingChange {
        RankingChange(topicID: topicID, oldPosition: newPosition, newPosition: oldPosition)
    }
}
