/// ``AMQPConsumer/deliveries``: the consumer's groups of deliveries, one delivery at a time.
public struct Deliveries: AsyncSequence, Sendable {
    public typealias Element = Delivery
    let groups: AsyncStream<[Delivery]>

    public struct AsyncIterator: AsyncIteratorProtocol {
        var groups: AsyncStream<[Delivery]>.AsyncIterator
        var group: [Delivery] = []
        var index = 0

        public mutating func next() async -> Delivery? {
            while index == group.count {
                guard let arrived = await groups.next() else { return nil }
                group = arrived
                index = 0
            }
            defer { index += 1 }
            return group[index]
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(groups: groups.makeAsyncIterator())
    }
}
