import Testing
@testable import VotingDomain

/// P-26 tier thresholds, exactly at and just past each boundary.
struct TrustRecordTests {
    private let thresholds = VotingConfig.standard.trustThresholds

    @Test("P-26 EXPERT needs ≥ 50 resolved and ≥ 70 %")
    func expert() {
        #expect(TrustRecord(resolved: 50, correct: 35).tier(thresholds) == .expert)
        #expect(TrustRecord(resolved: 50, correct: 34).tier(thresholds) == .trusted)
        #expect(TrustRecord(resolved: 49, correct: 49).tier(thresholds) == .trusted)
    }

    @Test("P-26 TRUSTED needs ≥ 20 resolved and ≥ 60 %")
    func trusted() {
        #expect(TrustRecord(resolved: 20, correct: 12).tier(thresholds) == .trusted)
        #expect(TrustRecord(resolved: 20, correct: 11).tier(thresholds) == .standard)
        #expect(TrustRecord(resolved: 19, correct: 19).tier(thresholds) == .standard)
    }

    @Test("P-26 PROBATION: ≥ 20 resolved and < 35 %; otherwise STANDARD")
    func probation() {
        #expect(TrustRecord(resolved: 20, correct: 6).tier(thresholds) == .probation)
        #expect(TrustRecord(resolved: 20, correct: 7).tier(thresholds) == .standard)
        #expect(TrustRecord(resolved: 19, correct: 0).tier(thresholds) == .standard)
        #expect(TrustRecord().tier(thresholds) == .standard)
    }
}
