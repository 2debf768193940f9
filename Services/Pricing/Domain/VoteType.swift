/// What a voter says about the fair range (§6): the price belongs below it, inside it, or above it.
///
/// Users judge the range, not the centre price. Raw values are the wire names of `vote.recorded`.
public enum VoteType: String, Sendable, Hashable, Codable, CaseIterable {
    /// The price should be below the lower fair-range bound (math value −1).
    case under = "UNDER"
    /// The price is fair (math value 0): dampens movement, never creates it (§6).
    case fair = "FAIR"
    /// The price should be above the upper fair-range bound (math value +1).
    case over = "OVER"

    /// The seed's internal mapping UNDER = −1, FAIR = 0, OVER = +1 (§6).
    public var mathValue: Int {
        switch self {
        case .under: -1
        case .fair: 0
        case .over: 1
        }
    }
}

/// The way a price moves: OVER wins → UP from the upper bound, UNDER wins → DOWN from the lower (§15).
public enum MoveDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case up = "UP"
    case down = "DOWN"

    /// +1 for UP, −1 for DOWN: the unit momentum moves by (§19).
    public var unit: Int { self == .up ? 1 : -1 }
}
