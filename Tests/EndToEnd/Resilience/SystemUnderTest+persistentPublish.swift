import AMQP
import EventContracts
import Foundation

extension SystemUnderTest {
    /// Events as the outside systems publish them, ready for ``publishPersistently(_:giveUpAfter:)``.
    func outgoing<P: EventPayload>(_ events: [CloudEvent<P>]) throws -> [OutgoingMessage] {
        try events.map { OutgoingMessage(exchange: exchange, routingKey: P.eventType, body: Array(try $0.jsonBytes()), messageId: $0.id) }
    }

    /// Publishes in chunks of 500, each retried (on a new connection) until confirmed, as a client
    /// with an outbox does while the broker restarts. A chunk sent twice is harmless: every event
    /// keeps its id, and consumers drop an id they already applied.
    func publishPersistently(_ messages: [OutgoingMessage], giveUpAfter patience: Duration = .seconds(180)) async throws {
        for start in stride(from: 0, to: messages.count, by: 500) {
            let chunk = Array(messages[start..<min(start + 500, messages.count)])
            let deadline = ContinuousClock.now + patience
            while true {
                do {
                    try await publishRaw(chunk)
                    break
                } catch {
                    guard ContinuousClock.now < deadline else { throw error }
                    try await Task.sleep(for: .seconds(1))
                }
            }
        }
    }
}
