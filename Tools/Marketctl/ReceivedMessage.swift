import AMQP
import EventContracts
import Foundation

/// A message taken from a queue, read as an operator reads it: its event id, type and, for a dead
/// letter, why it was refused.
struct ReceivedMessage {
    let delivery: Delivery
    let envelope: EventEnvelope?

    init(_ delivery: Delivery) {
        self.delivery = delivery
        envelope = try? EventEnvelope(decoding: Data(delivery.body))
    }

    var id: String { delivery.messageId ?? envelope?.id ?? "-" }
    var type: String { envelope?.type ?? delivery.headers["x-original-routing-key"] ?? delivery.routingKey }
    var reason: String { delivery.headers["x-dead-letter-reason"] ?? "(dead-lettered by the broker: delivery limit reached)" }
}
