extension MarketService {
    /// The queue that holds what the service refused, next to its queue `queue`.
    static func deadLetterQueue(of queue: String) -> String { "\(queue).dlq" }
}
