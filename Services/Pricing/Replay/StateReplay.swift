import Foundation
import Postgres
import PricingDomain

/// `pricing replay` (P-03, Principle 6): rebuilds each brick's state from its listing and its
/// ledger alone, through the very function the consumer applies entries with (``LedgerStep``),
/// and compares the result with the stored state field by field.
struct StateReplay: Sendable {
    /// One brick whose rebuilt state differs from the stored one.
    struct Mismatch: Sendable, CustomStringConvertible {
        var brickId: UUID
        var differences: [StateFieldDifference]

        var description: String {
            differences.map { "brick \(brickId.lowercaseText) \($0.field): replayed \($0.value), stored \($0.otherValue)" }
                .joined(separator: "\n")
        }
    }

    /// What a replay found.
    struct Report: Sendable {
        var bricksChecked = 0
        var entriesReplayed = 0
        var mismatches: [Mismatch] = []
    }

    let store: PricingStore
    let config: PricingConfig
    /// Bricks compared per transaction.
    var pageSize = 200

    /// Replays one brick, or every brick when `brickId` is nil.
    func run(brickId: UUID?, pool: PostgresPool) async throws -> Report {
        var report = Report()
        var after: UUID?
        while true {
            let replay = self
            let cursor = after
            let (page, last) = try await pool.withConnection { connection in
                try connection.transaction(isolation: .repeatableRead) { connection in
                    try replay.checkPage(brickId: brickId, after: cursor, on: connection)
                }
            }
            report.bricksChecked += page.bricksChecked
            report.entriesReplayed += page.entriesReplayed
            report.mismatches += page.mismatches
            guard brickId == nil, let last, page.bricksChecked == pageSize else { return report }
            after = last
        }
    }

    /// Compares one page of stored states with their replays, in one snapshot.
    func checkPage(brickId: UUID?, after: UUID?, on connection: PostgresConnection) throws -> (Report, UUID?) {
        let statement = brickId.map { store.state(of: $0) } ?? store.statesPage(after: after, limit: pageSize)
        let states = try store.decodeStates(try connection.query(statement))
        if let brickId, states.isEmpty { throw UnknownBrick(brickId: brickId) }
        let entries = try store.decodeEntries(try connection.query(store.entries(of: states.map(\.brickId))))
        var report = Report()
        for stored in states {
            let ledger = entries[stored.brickId] ?? []
            let replayed = try Self.rebuild(stored: stored, ledger: ledger, config: config)
            report.bricksChecked += 1
            report.entriesReplayed += replayed.applied
            let differences = replayed.state.differences(comparedTo: stored)
            if !differences.isEmpty { report.mismatches.append(Mismatch(brickId: stored.brickId, differences: differences)) }
        }
        return (report, states.last?.brickId)
    }

    /// The state `ledger` builds from the brick's listing, applying entries in position order up
    /// to the first gap (held votes stay held, as in the consumer).
    static func rebuild(
        stored: BrickPriceState, ledger: [LedgerEntry], config: PricingConfig
    ) throws -> (state: BrickPriceState, applied: Int) {
        let listing = BrickListing(brickId: stored.brickId, baselinePrice: stored.baselinePrice, listedAt: stored.listedAt)
        var state = try BrickPriceState(listing: listing).storageCanonical
        var applied = 0
        for entry in ledger.sorted(by: { $0.position < $1.position }) {
            guard isNext(entry, after: state) else { break }
            state = try LedgerStep.apply(entry, to: state, config: config).state
            applied += 1
        }
        return (state, applied)
    }

    private static func isNext(_ entry: LedgerEntry, after state: BrickPriceState) -> Bool {
        switch entry {
        case .vote(let vote): vote.brickSeq == state.appliedBrickSeq + 1
        case .control(let control): control.position == state.nextControlPosition
        }
    }
}
