/// A user's resolved accuracy record (P-26): votes scored when their cycle closed with a net
/// move, and how many of them called it right. The tier follows from it alone.
public struct TrustRecord: Sendable, Hashable, Codable {
    /// Scored votes (OVER/UNDER votes of cycles closed UP or DOWN).
    public var resolved: Int64
    /// Scored votes whose direction matched the cycle's.
    public var correct: Int64

    public init(resolved: Int64 = 0, correct: Int64 = 0) {
        self.resolved = resolved
        self.correct = correct
    }

    /// The record's tier (P-26): EXPERT ≥ 50 resolved and ≥ 70 % correct; TRUSTED ≥ 20 and
    /// ≥ 60 %; PROBATION ≥ 20 and < 35 %; else STANDARD. Percentages are compared as integers
    /// (`100·correct ≥ 70·resolved`) so a tier boundary never depends on float rounding.
    /// RESTRICTED never comes from a record (moderation only).
    public func tier(_ thresholds: TrustThresholds) -> TrustTier {
        let share = Int128(correct) * 100
        let resolvedWide = Int128(resolved)
        if resolved >= thresholds.expertMinResolved, share >= resolvedWide * Int128(thresholds.expertMinCorrectPercent) {
            return .expert
        }
        if resolved >= thresholds.trustedMinResolved,
            share >= resolvedWide * Int128(thresholds.trustedMinCorrectPercent)
        {
            return .trusted
        }
        if resolved >= thresholds.probationMinResolved,
            share < resolvedWide * Int128(thresholds.probationBelowCorrectPercent)
        {
            return .probation
        }
        return .standard
    }

    /// This record with one more scored vote; saturates instead of trapping.
    func scoring(correct isCorrect: Bool) -> TrustRecord {
        TrustRecord(
            resolved: resolved.saturatingAdd(1),
            correct: isCorrect ? correct.saturatingAdd(1) : correct)
    }
}

/// The accuracy thresholds of P-26, in whole percent.
public struct TrustThresholds: Sendable, Equatable, Codable {
    public var expertMinResolved: Int64
    public var expertMinCorrectPercent: Int64
    public var trustedMinResolved: Int64
    public var trustedMinCorrectPercent: Int64
    public var probationMinResolved: Int64
    public var probationBelowCorrectPercent: Int64

    public init(
        expertMinResolved: Int64, expertMinCorrectPercent: Int64, trustedMinResolved: Int64,
        trustedMinCorrectPercent: Int64, probationMinResolved: Int64, probationBelowCorrectPercent: Int64
    ) {
        self.expertMinResolved = expertMinResolved
        self.expertMinCorrectPercent = expertMinCorrectPercent
        self.trustedMinResolved = trustedMinResolved
        self.trustedMinCorrectPercent = trustedMinCorrectPercent
        self.probationMinResolved = probationMinResolved
        self.probationBelowCorrectPercent = probationBelowCorrectPercent
    }

    func validate() throws(VotingConfigError) {
        let percents = [expertMinCorrectPercent, trustedMinCorrectPercent, probationBelowCorrectPercent]
        guard percents.allSatisfy({ (0...100).contains($0) }),
            [expertMinResolved, trustedMinResolved, probationMinResolved].allSatisfy({ $0 >= 0 })
        else { throw .invalid(key: "trustThresholds", reason: "percents must be in 0…100 and counts ≥ 0") }
    }
}
