/// A queue as the broker reports it on a passive declare.
public struct QueueStatus: Sendable, Equatable {
    /// Ready messages: neither delivered nor unacknowledged.
    public var messages: Int
    /// Consumers attached to the queue. A consumer starts only after its topology (the queue and every
    /// binding) is declared, so one consumer proves the bindings exist.
    public var consumers: Int

    public init(messages: Int, consumers: Int) {
        self.messages = messages
        self.consumers = consumers
    }
}
