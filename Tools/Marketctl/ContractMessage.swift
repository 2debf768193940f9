import AMQP
import EventContracts
import Foundation

/// Events as marketctl sends them: checked against the contract first, in a fresh envelope from
/// `urn:market:marketctl`, routed by their type.
enum ContractMessage {
    static let source = "urn:market:marketctl"

    static func message<Payload: EventPayload>(
        _ payload: Payload, exchange: String, correlationId: String? = nil
    ) throws -> OutgoingMessage {
        var event = CloudEvent(id: UUID(), source: source, time: Date(), data: payload)
        event.correlationid = correlationId
        return OutgoingMessage(
            exchange: exchange, routingKey: Payload.eventType, body: Array(try event.jsonBytes()), messageId: event.id)
    }

    /// A whole CloudEvent (it has `specversion`) is checked and sent as it is; a bare `data` object
    /// needs `type` and gets a new envelope.
    static func message(json: Data, type: String?, exchange: String) throws -> OutgoingMessage {
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        if object?["specversion"] != nil {
            let envelope = try EventEnvelope(decoding: json)
            _ = try EventRegistry.v1.decodePayload(envelope)
            return OutgoingMessage(exchange: exchange, routingKey: envelope.type, body: Array(json), messageId: envelope.id)
        }
        guard let type else { throw MissingEventType() }
        return try message(EventRegistry.v1.decodePayload(type: type, data: json), exchange: exchange)
    }
}

struct MissingEventType: Error, CustomStringConvertible {
    var description: String { "the JSON is a bare data object: name its event type with --type" }
}
