import EventContracts
import Foundation
import ServiceKit

/// An event pricing emits, typed until it is encoded for the outbox (by a consumer batch or a job).
enum PricingEvent: Sendable {
    case priceMoved(CloudEvent<BrickPriceMoved>)
    case cycleReset(CloudEvent<BrickCycleReset>)
    case freezeChanged(CloudEvent<BrickFreezeChanged>)
    case stateUpdated(CloudEvent<BrickStateUpdated>)
    case priceClosed(CloudEvent<BrickPriceClosed>)

    static let source = EventSource.service("pricing")

    /// Builds the event, caused by `origin` when there is one.
    static func make<Payload: EventPayload>(_ data: Payload, at time: Date, origin: EventOrigin?) -> CloudEvent<Payload> {
        if let origin {
            return CloudEvent(causedBy: origin, id: .random(), source: source, time: time, data: data)
        }
        return CloudEvent(id: .random(), source: source, time: time, data: data)
    }

    var outboxMessage: OutboxMessage {
        get throws {
            switch self {
            case .priceMoved(let event): try OutboxMessage(event)
            case .cycleReset(let event): try OutboxMessage(event)
            case .freezeChanged(let event): try OutboxMessage(event)
            case .stateUpdated(let event): try OutboxMessage(event)
            case .priceClosed(let event): try OutboxMessage(event)
            }
        }
    }

    var stateUpdate: BrickStateUpdated? {
        if case .stateUpdated(let event) = self { return event.data }
        return nil
    }
}
