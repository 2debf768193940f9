/// D000-15: `company = min(clamp01(reputation) × dupFactor × refundFactor, 1.0)`, the way §8's
/// "reduce companyScore temporarily" applies: ×0.5 for duplicate spam (D000-20), ×0.5 when the
/// refund rate exceeds 10 %.
enum CompanyScore {
    static func score(_ company: CandidateCompany, isSpamming: Bool, config: WaveConfig) -> Double {
        let duplicate = isSpamming ? config.duplicateSpamFactor : 1
        let refund = company.refundUnit > config.refundPenaltyRate ? config.refundPenaltyFactor : 1
        return min(clampUnit(company.reputationScore) * duplicate * refund, config.companyScoreCap)
    }
}
