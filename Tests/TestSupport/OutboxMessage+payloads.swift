import EventContracts
import Foundation
import ServiceKit

extension Sequence<OutboxMessage> {
    /// The payloads of the messages of type `P`, decoded from their bodies as a consumer would decode
    /// them, in order; messages of other types are skipped.
    ///
    /// For tests that check what a handler emitted: `try emitted.payloads(WaveCompleted.self)`.
    public func payloads<P: EventPayload>(_ type: P.Type) throws -> [P] {
        try filter { $0.type == P.eventType }.map { message in
            try EventEnvelope(decoding: Data(message.body.utf8)).decode(as: P.self).data
        }
    }
}
