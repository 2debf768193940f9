/// The crowd's shares of UNDER, FAIR and OVER weight in the current cycle (§10).
public struct Sentiment: Sendable, Hashable, Codable {
    public var pUnder: Double
    public var pFair: Double
    public var pOver: Double

    /// No votes: every share 0 (§10's `weighted_total == 0` branch).
    public static let zero = Sentiment(pUnder: 0, pFair: 0, pOver: 0)

    public init(pUnder: Double, pFair: Double, pOver: Double) {
        self.pUnder = pUnder
        self.pFair = pFair
        self.pOver = pOver
    }

    /// §10 / B.2 step 5: each counter over the weighted total, or all 0 when the total is 0.
    public init(_ counters: WeightedCounters) {
        guard counters.total != 0 else {
            self = .zero
            return
        }
        pUnder = counters.under / counters.total
        pFair = counters.fair / counters.total
        pOver = counters.over / counters.total
    }

    /// §10 / B.2 step 9: OVER share above UNDER share → UP, below → DOWN, equal → `nil`
    /// (a tie never moves). No threshold: any lead wins. FAIR only dilutes both shares (§6).
    public var dominantDirection: MoveDirection? {
        if pOver > pUnder { return .up }
        if pUnder > pOver { return .down }
        return nil
    }

    /// `dominant_pct = max(p_under, p_over)`, FAIR in the denominator (P-15); used by the
    /// intensity (§16) and the catch-up test (§18.2).
    public var dominantPct: Double { max(pUnder, pOver) }
}
