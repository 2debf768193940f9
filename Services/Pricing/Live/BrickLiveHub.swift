import Auth
import Foundation

/// The live subscribers this replica serves, by brick, each with the caller it authenticated as.
///
/// A subscriber's stream keeps only the newest few messages: a slow client misses intermediate
/// states (each message is a whole state) and never holds up the others.
actor BrickLiveHub {
    struct Subscriber: Sendable {
        let viewer: BearerClaims?
        let continuation: AsyncStream<String>.Continuation
    }

    static let bufferedMessages = 8
    private var subscribers: [UUID: [UUID: Subscriber]] = [:]

    func subscribe(to brickId: UUID, as viewer: BearerClaims?) -> (id: UUID, messages: AsyncStream<String>) {
        let (messages, continuation) = AsyncStream.makeStream(
            of: String.self, bufferingPolicy: .bufferingNewest(Self.bufferedMessages))
        let id = UUID()
        subscribers[brickId, default: [:]][id] = Subscriber(viewer: viewer, continuation: continuation)
        return (id, messages)
    }

    func unsubscribe(_ id: UUID, from brickId: UUID) {
        subscribers[brickId]?.removeValue(forKey: id)?.continuation.finish()
        if subscribers[brickId]?.isEmpty == true { subscribers.removeValue(forKey: brickId) }
    }

    /// Who currently watches `brickId`.
    func audience(of brickId: UUID) -> [(id: UUID, viewer: BearerClaims?)] {
        (subscribers[brickId] ?? [:]).map { ($0.key, $0.value.viewer) }
    }

    func deliver(_ messages: [UUID: String], about brickId: UUID) {
        for (id, message) in messages { subscribers[brickId]?[id]?.continuation.yield(message) }
    }

    /// Ends every stream (graceful shutdown): the WebSocket handlers close their connections.
    func closeAll() {
        for subscriber in subscribers.values.flatMap(\.values) { subscriber.continuation.finish() }
        subscribers.removeAll()
    }

    var subscriberCount: Int { subscribers.values.reduce(0) { $0 + $1.count } }
}
