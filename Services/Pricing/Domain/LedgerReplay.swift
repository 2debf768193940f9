/// `pricing replay` (P-03, Principle 6): rebuilds a brick's state from its listing and its
/// ledger alone, to compare with the stored state (``BrickPriceState/differences(from:)``).
public enum LedgerReplay {
    /// The rebuilt state and everything it decided on the way.
    public struct Result: Sendable, Hashable {
        public var state: BrickPriceState
        /// Every outcome, in application order.
        public var outcomes: [PricingOutcome]
        /// Entries past the first gap: stored, but not yet applicable (P-03 holds them too).
        public var pending: [LedgerEntry]
    }

    /// Applies the ledger in position order, from the listing, up to the first gap. The input
    /// order does not matter; an exact duplicate of an entry is ignored.
    ///
    /// - Throws: ``PricingInputError/conflictingLedgerEntries(_:)`` when two different entries
    ///   share a position, and any error applying an entry raises (the ledger is then corrupt).
    public static func rebuild(
        listing: BrickListing, ledger: [LedgerEntry], config: PricingConfig
    ) throws(PricingInputError) -> Result {
        let entries = try canonicalOrder(ledger)
        var result = Result(state: try BrickPriceState(listing: listing), outcomes: [], pending: [])
        for (index, entry) in entries.enumerated() {
            guard isNext(entry, after: result.state) else {
                result.pending = Array(entries[index...])
                break
            }
            let step = try PriceAggregator.apply(entry, to: result.state, config: config)
            result.state = step.state
            result.outcomes += step.outcomes
        }
        return result
    }

    /// Sorted by position with exact duplicates removed.
    private static func canonicalOrder(_ ledger: [LedgerEntry]) throws(PricingInputError) -> [LedgerEntry] {
        let sorted = ledger.sorted { $0.position < $1.position }
        var unique: [LedgerEntry] = []
        unique.reserveCapacity(sorted.count)
        for entry in sorted {
            if let last = unique.last, last.position == entry.position {
                guard last == entry else { throw .conflictingLedgerEntries(entry.position) }
                continue
            }
            unique.append(entry)
        }
        return unique
    }

    private static func isNext(_ entry: LedgerEntry, after state: BrickPriceState) -> Bool {
        switch entry {
        case .vote(let vote): vote.brickSeq == state.appliedBrickSeq + 1
        case .control(let control): control.position == state.nextControlPosition
        }
    }
}
