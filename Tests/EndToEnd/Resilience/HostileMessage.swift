import AMQP
import Foundation
import TestSupport

/// One malformed message and what its dead-letter reason must name.
struct HostileMessage: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case randomBytes, truncatedJSON, wrongType, missingField, unknownEnum, oversizedString, outOfRange
        case emptyArray, oversizedArray, oversizedBody, wrongContentType, badEnvelopeAttribute, missingEnvelopeAttribute
        case unconsumedType
    }

    let kind: Kind
    let routingKey: String
    let body: [UInt8]
    var contentType = "application/cloudevents+json"
    var messageId: String?
    /// Text the dead-letter reason must contain (a field path, or a phrase), nil when any reason will do.
    let expectedReason: String?

    /// Header carrying the case number, copied to the dead letter so each one is matched to its message.
    static let caseHeader = "x-resilience-case"

    func outgoing(exchange: String, number: Int) -> OutgoingMessage {
        OutgoingMessage(
            exchange: exchange, routingKey: routingKey, body: body, messageId: messageId, contentType: contentType,
            headers: [Self.caseHeader: String(number)])
    }
}
