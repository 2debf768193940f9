import EventContracts

/// The event an emitted event is caused by: an arriving envelope, a vote held in the ledger
/// (known by its event id only), or nothing (a scheduled job).
struct EventOrigin: EventCause, Sendable {
    var id: String
    var correlationid: String?
    var traceparent: String?

    init(_ envelope: EventEnvelope) {
        id = envelope.id
        correlationid = envelope.correlationid
        traceparent = envelope.traceparent
    }

    init(eventId: String) {
        id = eventId
        correlationid = nil
        traceparent = nil
    }
}
