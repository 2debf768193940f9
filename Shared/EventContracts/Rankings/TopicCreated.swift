/// `topic.created` (in, from the school system): a topic students can rank in a period.
public struct TopicCreated: EventPayload {
    public static let eventType = "topic.created"

    public var topicId: String
    public var periodId: String
    public var title: String
    /// Seats, at least 1.
    public var capacity: Int64

    public init(topicId: String, periodId: String, title: String, capacity: Int64) {
        self.topicId = topicId
        self.periodId = periodId
        self.title = title
        self.capacity = capacity
    }

    public var subject: String { Subject.topic(topicId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(topicId, "data.topicId")
        try Check.identifier(periodId, "data.periodId")
        try Check.text(title, "data.title")
        try Check.atLeast(capacity, 1, "data.capacity")
    }
}
