/// The `data` of one event type in the catalog (EVENTS.md).
///
/// A conforming type names its CloudEvents `type` (also the AMQP routing key), the `subject`
/// its events are about, and checks what `Codable` cannot (ranges, formats, cross-field rules):
///
/// ```swift
/// let vote = VoteRecorded(...)
/// try vote.validate()              // throws ContractViolation("data.brickId: ...")
/// let event = CloudEvent(id: .random(), source: EventSource.service("voting"), time: now, data: vote)
/// ```
public protocol EventPayload: Codable, Sendable, Equatable {
    /// The CloudEvents `type`, e.g. `vote.recorded`.
    static var eventType: String { get }
    /// The entity the event is about, e.g. `brick/<brickId>`.
    var subject: String { get }
    /// Throws the first contract violation found, with a `data.`-prefixed field path.
    func validate() throws(ContractViolation)
}
