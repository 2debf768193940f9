import Foundation
import Postgres
import PricingDomain

/// Everything one transaction did to brick states: the consumer's batch or one job run.
///
/// Entries are applied one by one through ``LedgerStep``; the result is written with a fixed
/// number of statements (``persistStatements(store:)``) and announced with ``events()``: each
/// outcome's event in order, then ONE `brick.state.updated` per changed brick with its latest
/// state, however many entries the batch applied to it.
struct BrickChanges {
    let config: PricingConfig
    private(set) var states: [UUID: BrickPriceState]
    /// Changed bricks, in the order they first changed.
    private(set) var changed: [UUID] = []
    /// Stored (held) votes applied now, to mark in the ledger.
    private(set) var appliedVotes: [(brickId: UUID, brickSeq: Int64)] = []
    private(set) var controlEntries: [ControlEntry] = []
    private(set) var moves: [PriceMove] = []
    private(set) var outcomeEvents: [PricingEvent] = []
    private var lastOrigin: [UUID: EventOrigin?] = [:]

    init(states: [BrickPriceState], config: PricingConfig) {
        self.config = config
        self.states = Dictionary(states.map { ($0.brickId, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Records that `brickId` changed without an entry (a new listing), so its state is announced.
    mutating func touch(_ brickId: UUID, origin: EventOrigin?) {
        if lastOrigin.updateValue(origin, forKey: brickId) == nil { changed.append(brickId) }
    }

    /// Applies `entry` to its brick's current state. A control entry is recorded for the ledger;
    /// a stored vote is marked applied (one arriving in this batch is appended as applied instead:
    /// `stored` false).
    ///
    /// - Throws: ``UnknownBrick`` when the brick has no state here, or the core's
    ///   ``PricingInputError``; nothing changes then.
    mutating func apply(_ entry: LedgerEntry, origin: EventOrigin?, stored: Bool = true) throws {
        guard let state = states[entry.brickId] else { throw UnknownBrick(brickId: entry.brickId) }
        let result = try LedgerStep.apply(entry, to: state, config: config)
        states[entry.brickId] = result.state
        switch entry {
        case .vote(let vote): if stored { appliedVotes.append((vote.brickId, vote.brickSeq)) }
        case .control(let control): controlEntries.append(control)
        }
        for outcome in result.outcomes {
            if case .priceMoved(let move) = outcome { moves.append(move) }
            outcomeEvents.append(outcome.event(origin: origin))
        }
        touch(entry.brickId, origin: origin)
    }

    /// The statements that persist the changes; all set-based, their number fixed.
    func persistStatements(store: PricingStore) -> [PostgresStatement] {
        [
            store.saveStates(changed.compactMap { states[$0] }),
            store.markApplied(brickIds: appliedVotes.map(\.brickId), brickSeqs: appliedVotes.map(\.brickSeq)),
            store.appendControlEntries(controlEntries),
            store.appendMoves(moves),
        ]
    }

    /// Outcome events in order, then the coalesced `brick.state.updated` of each changed brick.
    func events() -> [PricingEvent] {
        outcomeEvents + changed.compactMap { brickId in
            guard let state = states[brickId] else { return nil }
            return .stateUpdated(PricingEvent.make(state.stateUpdated, at: state.updatedAt, origin: lastOrigin[brickId] ?? nil))
        }
    }
}

/// An entry for a brick that was never listed (or not loaded into this transaction).
struct UnknownBrick: Error, CustomStringConvertible {
    let brickId: UUID
    var description: String { "brick \(brickId.lowercaseText) is not listed" }
}
