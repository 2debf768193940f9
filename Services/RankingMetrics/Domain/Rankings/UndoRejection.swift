/// Why an undo was refused (D001-05). A refused undo changes nothing.
public enum UndoRejection: Error, Hashable, Sendable {
    /// The student has no batch in this period that is neither undone nor itself an undo.
    case nothingToUndo
    /// Rankings of a closed period are frozen.
    case periodClosed(PeriodID)
    /// The student's rankings belong to another student or period than the undo.
    case rankingsMismatch(student: StudentID, period: PeriodID)
    /// D001-05: these topics of the target event are no longer at its `newPos` (or putting them
    /// back would make two topics share a position), so reverting would lose a later change.
    case conflict(eventID: RankingEventID, topics: [TopicID])

    /// A one-line reason for the HTTP problem body or the dead-letter header.
    public var reason: String {
        switch self {
        case .nothingToUndo: "nothing to undo"
        case let .periodClosed(period): "period \(period) is closed"
        case let .rankingsMismatch(student, period): "rankings of student \(student) in period \(period) do not match the undo"
        case let .conflict(eventID, topics):
            "conflict: topics \(topics.map(\.rawValue).joined(separator: ", ")) changed since event \(eventID)"
        }
    }
}
