/// A `RANKINGS_BATCH_UPDATED` event as recorded, the unit that undo works on (D001-05).
public struct RecordedRankingBatch: Hashable, Sendable, Codable {
    public let eventID: RankingEventID
    public let studentID: StudentID
    public let periodID: PeriodID
    public let sessionID: String
    public let changes: [RankingChange]

    public init(
        eventID: RankingEventID, studentID: StudentID, periodID: PeriodID, sessionID: String,
        changes: [RankingChange]
    ) {
        self.eventID = eventID
        self.studentID = studentID
        self.periodID = periodID
        self.sessionID = sessionID
        self.changes = changes
    }

    /// The event this one undoes, when it is an undo (`sessionId = "undo:{eventId}"`, D001-05).
    public var undoneEventID: RankingEventID? {
        guard sessionID.hasPrefix(undoSessionPrefix) else { return nil }
        return RankingEventID(String(sessionID.dropFirst(undoSessionPrefix.count)))
    }
}

/// D001-05: an undo is recorded with `sessionId = "undo:{eventId}"`; ordinary batches may not use it.
public let undoSessionPrefix = "undo:"
