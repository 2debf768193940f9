import Foundation

/// What an event passes on to the events it causes: its id, story and trace.
public protocol EventCause {
    var id: String { get }
    var correlationid: String? { get }
    var traceparent: String? { get }
}

extension CloudEvent: EventCause {}
extension EventEnvelope: EventCause {}

extension CloudEvent {
    /// An event caused by `cause`: `causationid` is the cause's id, and `correlationid` and
    /// `traceparent` are copied from it. A cause without a correlation id starts the story, so
    /// its own id becomes the correlation id.
    public init(causedBy cause: some EventCause, id: UUID, source: String, time: Date, data: Payload) {
        self.init(
            id: id, source: source, time: time, data: data,
            correlationid: cause.correlationid ?? cause.id, causationid: cause.id,
            traceparent: cause.traceparent)
    }
}
