/// §19 / B.2 step 18: correctional inertia that keeps the price from oscillating.
public enum MomentumBuffer {
    /// What a move does to momentum, and whether the price actually moves.
    public struct Outcome: Sendable, Hashable {
        /// The momentum score after the move (or its absorption).
        public var score: Int
        /// `false` when momentum absorbed the move: the price stays.
        public var moves: Bool

        public init(score: Int, moves: Bool) {
            self.score = score
            self.moves = moves
        }
    }

    /// P-17: a move against the momentum's sign is absorbed — momentum steps one toward 0 and
    /// the price stays (the batch still counts as spent). Otherwise the price moves and momentum
    /// goes one further in its direction (UP +1, DOWN −1). Always clamped to [−2, 2].
    public static func apply(_ direction: MoveDirection, to score: Int, config: PricingConfig) -> Outcome {
        let current = clamp(score, config)
        if current != 0, current.signum() != direction.unit {
            return Outcome(score: current - current.signum(), moves: false)
        }
        return Outcome(score: clamp(current + direction.unit, config), moves: true)
    }

    /// §19 "on cycle reset", P-17 "on a new cycle": `clamp(m − sign(m), −2, 2)`, one toward 0.
    public static func decayed(_ score: Int, config: PricingConfig) -> Int {
        clamp(score - score.signum(), config)
    }

    private static func clamp(_ score: Int, _ config: PricingConfig) -> Int {
        min(max(score, config.momentumMin), config.momentumMax)
    }
}
