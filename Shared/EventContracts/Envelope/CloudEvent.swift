import Foundation
import UUIDText

/// A CloudEvents 1.0 event in structured JSON mode, carrying one typed payload.
///
/// `type` comes from the payload type and `subject` from the payload, so neither can disagree
/// with the data. Build one with ``init(id:source:time:data:correlationid:causationid:traceparent:)``
/// or ``init(causedBy:id:source:time:data:)``, write it with ``jsonBytes()``, and read one with
/// ``EventEnvelope/decode(as:)``.
public struct CloudEvent<Payload: EventPayload>: Sendable, Equatable {
    /// The only CloudEvents version this contract speaks.
    public static var specversion: String { CloudEventsSpec.version }
    /// The only `datacontenttype` this contract uses.
    public static var datacontenttype: String { CloudEventsSpec.dataContentType }

    /// Lowercase UUID, unique per event: every inbox's deduplication key.
    public var id: String
    /// The producer, `urn:market:<service>` for this project's services.
    public var source: String
    /// When the fact happened; written as RFC 3339 UTC with milliseconds.
    public var time: Date
    /// Shared by every event of one story (a wave, an intent).
    public var correlationid: String?
    /// The id of the event that caused this one.
    public var causationid: String?
    /// W3C trace context of the producing request, when there is one.
    public var traceparent: String?
    public var data: Payload

    public var type: String { Payload.eventType }
    public var subject: String { data.subject }

    public init(
        id: UUID, source: String, time: Date, data: Payload,
        correlationid: String? = nil, causationid: String? = nil, traceparent: String? = nil
    ) {
        self.id = id.lowercaseText
        self.source = source
        self.time = time
        self.data = data
        self.correlationid = correlationid
        self.causationid = causationid
        self.traceparent = traceparent
    }

    /// Rebuilds a typed event from a decoded envelope and its decoded data.
    public init(envelope: EventEnvelope, data: Payload) {
        id = envelope.id
        source = envelope.source
        time = envelope.time
        correlationid = envelope.correlationid
        causationid = envelope.causationid
        traceparent = envelope.traceparent
        self.data = data
    }
}

/// The fixed attribute values of this contract, shared by typed and type-erased events.
enum CloudEventsSpec {
    static let version = "1.0"
    static let dataContentType = "application/json"
}
