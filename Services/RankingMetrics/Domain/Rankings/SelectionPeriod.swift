/// What ranking validation needs to know about the selection period a batch belongs to.
///
/// T, the number of topics in the period (D001-04), bounds every position: positions are
/// 1…T by construction, so a position above T is rejected rather than silently widening the
/// distribution. Topics of other periods are rejected too.
public struct SelectionPeriod: Hashable, Sendable, Codable {
    /// Whether rankings may still change: a closed period keeps its rankings frozen for the assignment.
    public enum Status: String, Hashable, Sendable, Codable {
        case open
        case closed
    }

    public let id: PeriodID
    public let topics: Set<TopicID>
    public let status: Status

    public init(id: PeriodID, topics: Set<TopicID>, status: Status) {
        self.id = id
        self.topics = topics
        self.status = status
    }

    /// T, the number of topics in the period (D001-04).
    public var topicCount: Int { topics.count }
}

/// D001-04 fallback for T when the period's topic count is not known (for example metrics for
/// rankings imported before their topics): `max(distinct topics ranked, max position observed)`.
///
/// Use the period's ``SelectionPeriod/topicCount`` whenever it is known; this only keeps the
/// normalisation and the dense distribution well-defined without it.
public func fallbackTopicCount(distinctTopicsRanked: Int, maxPositionObserved: Int) -> Int {
    max(distinctTopicsRanked, maxPositionObserved, 0)
}
