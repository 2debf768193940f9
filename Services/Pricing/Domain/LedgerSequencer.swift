/// Strict per-brick ordering of votes (P-03, ARCHITECTURE "Messaging rules"): given the last
/// applied `brickSeq` and the votes at hand, which apply now, which wait for a gap to fill, and
/// which are duplicates to ignore.
///
/// ```swift
/// let release = LedgerSequencer.release(after: state.appliedBrickSeq, held: held + arrivals)
/// // apply release.ready in order; keep release.waiting for later
/// ```
public enum LedgerSequencer {
    /// The votes sorted into ready, waiting and duplicate.
    public struct Release: Sendable, Hashable {
        /// `applied + 1, applied + 2, …` with no gap, in order: apply these now.
        public var ready: [RecordedVote]
        /// Votes beyond the first gap, in `brickSeq` order: hold them.
        public var waiting: [RecordedVote]
        /// Votes at or below the applied sequence, or a second vote at a sequence already taken
        /// (the ledger is unique on brick and `brickSeq`; the first one given wins).
        public var duplicates: [RecordedVote]
        /// The sequence that must arrive before ``waiting`` can apply; `nil` when nothing waits.
        public var missingBrickSeq: Int64?
    }

    /// Sorts `held` relative to `appliedBrickSeq`. Pass stored votes before new arrivals so the
    /// stored copy of a sequence wins, as the ledger's unique key makes it.
    public static func release(after appliedBrickSeq: Int64, held: [RecordedVote]) -> Release {
        var release = Release(ready: [], waiting: [], duplicates: [], missingBrickSeq: nil)
        // Stable: equal sequences keep input order, so the first given is the one kept.
        let ordered = held.enumerated().sorted { ($0.element.brickSeq, $0.offset) < ($1.element.brickSeq, $1.offset) }
        var lastSeen = appliedBrickSeq
        for (_, vote) in ordered {
            if vote.brickSeq <= lastSeen {
                release.duplicates.append(vote)
                continue
            }
            if vote.brickSeq == lastSeen + 1, release.waiting.isEmpty {
                release.ready.append(vote)
            } else {
                if release.waiting.isEmpty { release.missingBrickSeq = lastSeen + 1 }
                release.waiting.append(vote)
            }
            lastSeen = vote.brickSeq
        }
        return release
    }
}
