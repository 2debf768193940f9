extension TopicAggregate {
    /// The aggregate after one ranking change of this topic: an add (`nil` → p), a move (p → q)
    /// or a withdrawal (p → `nil`). The change is applied whole or not at all.
    public func applying(_ change: RankingChange) throws(AggregateError) -> TopicAggregate {
        var next = self
        if let old = change.oldPosition { try next.remove(old) }
        if let new = change.newPosition { try next.add(new) }
        return next
    }

    /// The aggregate after a sequence of changes of this topic, all or nothing.
    public func applying(_ changes: some Sequence<RankingChange>) throws(AggregateError) -> TopicAggregate {
        var next = self
        for change in changes {
            next = try next.applying(change)
        }
        return next
    }

    /// The aggregate for a period whose T changed (a topic was added). Growing pads the
    /// distribution with zeros; shrinking is allowed only while no student sits in the cut part.
    public func resized(topicCount newCount: Int) throws(AggregateError) -> TopicAggregate {
        var next = self
        let target = max(newCount, 0)
        if target >= distribution.count {
            next.distribution.append(contentsOf: repeatElement(0, count: target - distribution.count))
        } else {
            guard distribution[target...].allSatisfy({ $0 == 0 }) else {
                throw .shrinkingDropsRankings(topicCount: target)
            }
            next.distribution.removeLast(distribution.count - target)
        }
        return next
    }
}
