/// How much a user's accuracy record lets them weigh (P-07). Earned by correctness, never by
/// activity or tenure (Principle 3); internal only, never shown to anyone (§0.5, §24).
public enum TrustTier: String, Sendable, Hashable, Codable, CaseIterable {
    /// Set by moderation only (P-26); weight 0.
    case restricted = "RESTRICTED"
    /// Resolved record mostly wrong (P-26).
    case probation = "PROBATION"
    /// Every new user (P-07).
    case standard = "STANDARD"
    case trusted = "TRUSTED"
    case expert = "EXPERT"
}

/// `trust_tier_multiplier` per tier (P-07).
public struct TrustMultipliers: Sendable, Equatable, Codable {
    public var restricted: Double
    public var probation: Double
    public var standard: Double
    public var trusted: Double
    public var expert: Double

    public init(restricted: Double, probation: Double, standard: Double, trusted: Double, expert: Double) {
        self.restricted = restricted
        self.probation = probation
        self.standard = standard
        self.trusted = trusted
        self.expert = expert
    }

    /// The multiplier of `tier`.
    public func multiplier(for tier: TrustTier) -> Double {
        switch tier {
        case .restricted: restricted
        case .probation: probation
        case .standard: standard
        case .trusted: trusted
        case .expert: expert
        }
    }

    var all: [Double] { [restricted, probation, standard, trusted, expert] }
}
