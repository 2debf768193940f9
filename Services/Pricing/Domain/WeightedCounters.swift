/// The cycle-scoped weighted vote counters of §4.1.
///
/// §4.1 lock: they count the current cycle only; there is no lifetime total anywhere. P-15:
/// `total` is recomputed as `under + fair + over` on every vote, never accumulated on its own,
/// so it always equals the sum of its parts exactly as the seed's formula states.
public struct WeightedCounters: Sendable, Hashable, Codable {
    public var under: Double
    public var fair: Double
    public var over: Double
    /// `weighted_total = under + fair + over` (§10).
    public var total: Double
    /// Weight applied since the last move or absorbed batch (§13, §14, §20, P-17).
    public var sinceLastMove: Double

    /// All zero: a new cycle (§21).
    public static let zero = WeightedCounters(under: 0, fair: 0, over: 0, total: 0, sinceLastMove: 0)

    public init(under: Double, fair: Double, over: Double, total: Double, sinceLastMove: Double) {
        self.under = under
        self.fair = fair
        self.over = over
        self.total = total
        self.sinceLastMove = sinceLastMove
    }

    /// B.2 step 4 / §13 steps 1–2: adds one vote's weight to its type's counter and to
    /// `sinceLastMove`. The aggregator only calls it when the brick is not frozen, which is
    /// §13's "only if freeze_mode = false" (frozen votes are skipped at step 3, Option A).
    public mutating func add(_ weight: Double, as voteType: VoteType) {
        switch voteType {
        case .under: under += weight
        case .fair: fair += weight
        case .over: over += weight
        }
        total = under + fair + over
        sinceLastMove += weight
    }
}
