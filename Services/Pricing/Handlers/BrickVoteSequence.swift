import PricingDomain

/// One listed brick's votes in a batch, sorted by ``LedgerSequencer``: the stored held votes first (the
/// ledger's copy of a sequence wins, as its unique key makes it), then the arrivals.
struct BrickVoteSequence {
    /// The votes to apply now, in `brickSeq` order, each saying whether the ledger already has it.
    let ready: [(vote: LedgerVote, stored: Bool)]
    /// Arrivals beyond a gap: appended held. (Stored ones beyond the gap simply stay held.)
    let arrivalsToHold: [LedgerVote]

    init(applied: Int64, stored: [LedgerVote], arrivals: [LedgerVote]) {
        let release = LedgerSequencer.release(after: applied, held: stored.map(\.vote) + arrivals.map(\.vote))
        let storedBySeq = Dictionary(stored.map { ($0.vote.brickSeq, $0) }, uniquingKeysWith: { first, _ in first })
        let arrivalBySeq = Dictionary(arrivals.map { ($0.vote.brickSeq, $0) }, uniquingKeysWith: { first, _ in first })
        ready = release.ready.compactMap { vote in
            if let held = storedBySeq[vote.brickSeq] { return (held, true) }
            return arrivalBySeq[vote.brickSeq].map { ($0, false) }
        }
        arrivalsToHold = release.waiting.compactMap { vote in
            storedBySeq[vote.brickSeq] == nil ? arrivalBySeq[vote.brickSeq] : nil
        }
    }
}

/// The arriving votes a batch appends to the ledger, each applied or held.
struct VoteAppends {
    private(set) var votes: [LedgerVote] = []
    private(set) var applied: [Bool] = []

    mutating func apply(_ vote: LedgerVote) {
        votes.append(vote)
        applied.append(true)
    }

    mutating func hold(_ held: [LedgerVote]) {
        votes += held
        applied += Array(repeating: false, count: held.count)
    }
}
