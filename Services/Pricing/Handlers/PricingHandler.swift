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
/// new listings, lock the touched states, read their stored held votes; (2) append the arriving votes
/// (applied, or held behind a gap), write states, mark released stored votes applied, append control
/// entries and price moves. Votes that arrive in order, nearly all, are written once, already applied.
struct PricingHandler: EventHandler {
    static let consumedTypes = [BrickListed.eventType, VoteRecorded.eventType, BrickRecheckRequested.eventType]

    let store: PricingStore
    let config: PricingConfig

    func apply(_ events: [IncomingEvent], in batch: inout Batch) throws {
        let inputs = events.map { (envelope: $0.envelope, payload: $0.payload) }
        batch.emit(try process(inputs, on: batch.connection) { events in try events.map { try $0.outboxMessage } })
    }

    /// Applies the batch on `connection` (inside the caller's transaction) and returns the events
    /// to emit.
    func process(_ events: [PricingInput], on connection: PostgresConnection) throws -> [PricingEvent] {
        try process(events, on: connection) { $0 }
    }

    /// ``process(_:on:)``, returning what `encode` made of the events; it runs on another thread while the
    /// server writes the batch (the events depend on the decisions only).
    func process<Encoded: Sendable>(
        _ events: [PricingInput], on connection: PostgresConnection,
        encoding encode: @escaping @Sendable ([PricingEvent]) throws -> Encoded
    ) throws -> Encoded {
        let incoming = try IncomingBatch(events)
        let brickIds = incoming.brickIds
        let loaded = try connection.pipeline([
            store.lockBricks(brickIds),
            store.insertListedStates(incoming.listings.map(\.state)),
            store.lockStates(brickIds),
            store.heldVotes(of: brickIds),
        ])
        let newlyListed = Set(try loaded[1].map { try $0.decode(0, as: UUID.self) })
        var changes = BrickChanges(states: try store.decodeStates(loaded[2]), config: config)
        for listing in incoming.listings where newlyListed.contains(listing.state.brickId) {
            changes.touch(listing.state.brickId, origin: listing.origin)
        }
        let stored = try store.decodeHeldVotes(loaded[3])
        let arriving = Dictionary(grouping: incoming.votes, by: \.vote.brickId)
        var appended = VoteAppends()
        for brickId in brickIds {
            let arrivals = arriving[brickId] ?? []
            // Not listed yet: every arrival waits in the ledger for the listing.
            guard let state = changes.states[brickId] else {
                appended.hold(arrivals)
                continue
            }
            let sequence = BrickVoteSequence(applied: state.appliedBrickSeq, stored: stored[brickId] ?? [], arrivals: arrivals)
            appended.hold(sequence.arrivalsToHold)
            for (vote, isStored) in sequence.ready {
                let origin = incoming.voteOrigins[vote.eventId] ?? EventOrigin(eventId: vote.eventId)
                try applyRejecting(.vote(vote.vote), eventId: vote.eventId, origin: origin, stored: isStored, to: &changes)
                if !isStored { appended.apply(vote) }
            }
        }
        for request in incoming.rechecks {
            guard let state = changes.states[request.brickId] else {
                throw EventRejected(eventID: request.origin.id, reason: "brick \(request.brickId.lowercaseText) is not listed")
            }
            let entry = Recheck.operatorEntry(for: state, reason: request.reason, at: request.at)
            try applyRejecting(.control(entry), eventId: request.origin.id, origin: request.origin, to: &changes)
        }
        let emitted = changes.events()
        return try connection.pipeline(
            [store.appendVotes(appended.votes, applied: appended.applied)] + changes.persistStatements(store: store),
            overlapping: { try encode(emitted) }
        ).overlapped
    }

    /// The core refusing an entry is that entry's event's fault: dead-letter it, go on with the rest.
    private func applyRejecting(
        _ entry: LedgerEntry, eventId: String, origin: EventOrigin, stored: Bool = true, to changes: inout BrickChanges
    ) throws {
        do {
            try changes.apply(entry, origin: origin, stored: stored)
        } catch let error as PricingInputError {
            throw EventRejected(eventID: eventId, reason: "\(error)")
        }
    }
}
