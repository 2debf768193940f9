import EventContracts
import Foundation
import Postgres
import PricingDomain
import ServiceKit

/// The Price Aggregator as a consumer (Appendix B.2, P-03): `brick.listed` starts a brick at
/// cycle 1, `vote.recorded` is appended to the ledger and applied strictly in `brickSeq` order
/// (later ones are held until the gap fills), `brick.recheck.requested` appends a RECHECK entry.
///
/// A batch costs two pipelined round trips whatever its size: (1) lock the touched bricks, insert
/// new listings, append the votes, lock the touched states, read their held votes; (2) write states, mark votes
/// applied, append control entries and price moves.
struct PricingHandler: EventHandler {
    static let consumedTypes = [BrickListed.eventType, VoteRecorded.eventType, BrickRecheckRequested.eventType]

    let store: PricingStore
    let config: PricingConfig

    func apply(_ events: [IncomingEvent], in batch: inout Batch) throws {
        let inputs = events.map { (envelope: $0.envelope, payload: $0.payload) }
        for event in try process(inputs, on: batch.connection) { try event.emit(into: &batch) }
    }

    /// Applies the batch on `connection` (inside the caller's transaction) and returns the events
    /// to emit.
    func process(_ events: [PricingInput], on connection: PostgresConnection) throws -> [PricingEvent] {
        let incoming = try IncomingBatch(events)
        let brickIds = incoming.brickIds
        let loaded = try connection.pipeline([
            store.lockBricks(brickIds),
            store.insertListedStates(incoming.listings.map(\.state)),
            store.appendVotes(incoming.votes),
            store.lockStates(brickIds),
            store.heldVotes(of: brickIds),
        ])
        let newlyListed = Set(try loaded[1].map { try $0.decode(0, as: UUID.self) })
        var changes = BrickChanges(states: try store.decodeStates(loaded[3]), config: config)
        for listing in incoming.listings where newlyListed.contains(listing.state.brickId) {
            changes.touch(listing.state.brickId, origin: listing.origin)
        }
        let held = try store.decodeHeldVotes(loaded[4])
        for brickId in brickIds {
            guard let state = changes.states[brickId] else { continue }  // not listed yet: votes stay held
            let release = LedgerSequencer.release(after: state.appliedBrickSeq, held: held[brickId]?.map(\.vote) ?? [])
            let eventIds = Dictionary((held[brickId] ?? []).map { ($0.vote.brickSeq, $0.eventId) }, uniquingKeysWith: { a, _ in a })
            for vote in release.ready {
                let eventId = eventIds[vote.brickSeq] ?? ""
                try applyRejecting(.vote(vote), eventId: eventId, origin: incoming.voteOrigins[eventId] ?? EventOrigin(eventId: eventId), to: &changes)
            }
        }
        for request in incoming.rechecks {
            guard let state = changes.states[request.brickId] else {
                throw EventRejected(eventID: request.origin.id, reason: "brick \(request.brickId.wire) is not listed")
            }
            let entry = Recheck.operatorEntry(for: state, reason: request.reason, at: request.at)
            try applyRejecting(.control(entry), eventId: request.origin.id, origin: request.origin, to: &changes)
        }
        _ = try connection.pipeline(changes.persistStatements(store: store))
        return changes.events()
    }

    /// The core refusing an entry is that entry's event's fault: dead-letter it, go on with the rest.
    private func applyRejecting(
        _ entry: LedgerEntry, eventId: String, origin: EventOrigin, to changes: inout BrickChanges
    ) throws {
        do {
            try changes.apply(entry, origin: origin)
        } catch let error as PricingInputError {
            throw EventRejected(eventID: eventId, reason: "\(error)")
        }
    }
}
