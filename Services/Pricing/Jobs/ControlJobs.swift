import Foundation
import Postgres
import PricingDomain

/// The jobs that append control entries to the ledger (P-22, P-23): they lock the due bricks
/// (skipping any a consumer batch holds), apply the entry through the same path as the consumer,
/// and persist with the same set-based statements.
enum ControlJobs {
    /// Bricks handled per transaction.
    static let pageSize = 500

    /// P-22: a frozen brick past its deadline leaves the freeze with a TIMEOUT entry.
    static func freezeTimeout(store: PricingStore, config: PricingConfig) -> PricingJob.Body {
        { connection, now in
            let at = now.storageCanonical
            return try appendEntries(
                store: store, config: config, on: connection, candidates: store.dueFreezes(now: at, limit: pageSize)
            ) { FreezeTimeout.entryIfDue(for: $0, now: at) }
        }
    }

    /// P-23: a brick without an applied vote for 30 days gets a RECHECK entry.
    static func deadBrickRecheck(store: PricingStore, config: PricingConfig) -> PricingJob.Body {
        { connection, now in
            let at = now.storageCanonical
            let quietSince = at.addingTimeInterval(-config.deadBrickAfter)
            return try appendEntries(
                store: store, config: config, on: connection, candidates: store.deadBricks(quietSince: quietSince, limit: pageSize)
            ) { DeadBrick.entryIfDue(for: $0, now: at, config: config) }
        }
    }

    private static func appendEntries(
        store: PricingStore, config: PricingConfig, on connection: PostgresConnection, candidates: PostgresStatement,
        entry: (BrickPriceState) -> ControlEntry?
    ) throws -> (events: [PricingEvent], more: Bool) {
        let states = try store.decodeStates(try connection.query(candidates))
        var changes = BrickChanges(states: states, config: config)
        for state in states {
            if let control = entry(state) { try changes.apply(.control(control), origin: nil) }
        }
        _ = try connection.pipeline(changes.persistStatements(store: store))
        return (changes.events(), changes.controlEntries.count == pageSize)
    }
}
