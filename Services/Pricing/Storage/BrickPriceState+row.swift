import Foundation
import Money
import Postgres
import PricingDomain

extension BrickPriceState {
    /// Reads a row selected with ``StateColumn/selectList``.
    init(row: PostgresRow) throws(PostgresError) {
        let recentTimes: [Date] = try row.decode("recent_vote_times")
        let recentHashes: [String?] = try row.decode("recent_vote_ip_hashes")
        guard recentTimes.count == recentHashes.count else {
            throw PostgresError(.decoding, "recent_vote_times and recent_vote_ip_hashes differ in length", column: "recent_vote_times")
        }
        var mark: HighConfidenceMark?
        if let price: Int64 = try row.decode("last_high_confidence_price_cents"),
            let votes: Double = try row.decode("last_high_confidence_votes"),
            let at: Date = try row.decode("last_confidence_timestamp")
        {
            mark = HighConfidenceMark(price: Cents(price), weightedTotal: votes, at: at)
        }
        // The core has no memberwise initializer: start from a listing and set every field.
        let listing = BrickListing(
            brickId: try row.decode("brick_id"),
            baselinePrice: Cents(try row.decode("baseline_price_cents", as: Int64.self)),
            listedAt: try row.decode("listed_at"))
        do {
            try self.init(listing: listing)
        } catch {
            throw PostgresError(.decoding, "stored brick state is invalid: \(error)", column: "baseline_price_cents")
        }
        livePrice = Cents(try row.decode("live_price_cents", as: Int64.self))
        cycleNumber = try row.decode("cycle_number")
        cycleId = try row.decode("current_cycle_id")
        cycleStartPrice = Cents(try row.decode("cycle_start_price_cents", as: Int64.self))
        cycleStartedAt = try row.decode("cycle_started_at")
        counters = WeightedCounters(
            under: try row.decode("weighted_under"), fair: try row.decode("weighted_fair"),
            over: try row.decode("weighted_over"), total: try row.decode("weighted_total"),
            sinceLastMove: try row.decode("weighted_since_last_move"))
        sentiment = Sentiment(
            pUnder: try row.decode("p_under"), pFair: try row.decode("p_fair"), pOver: try row.decode("p_over"))
        pricingConfidence = try row.decode("pricing_confidence_c")
        reliabilityScore = try row.decode("reliability_score_r")
        momentumScore = try row.decode("momentum_score")
        lastPriceUpdate = try row.decode("last_price_update")
        lastHighConfidence = mark
        needsRecheck = try row.decode("needs_recheck")
        recheckEpoch = try row.decode("recheck_epoch")
        freezeMode = try row.decode("freeze_mode")
        freezeUntil = try row.decode("freeze_until")
        appliedBrickSeq = try row.decode("applied_brick_seq")
        controlEntriesSinceVote = try row.decode("control_entries_since_vote")
        lastVoteEventId = try row.decode("last_vote_event_id_processed")
        lastAppliedVoteAt = try row.decode("last_applied_vote_at")
        participation = CycleParticipation(
            verifiedVoters: Set(try row.decode("unique_voter_ids", as: [UUID].self)),
            recentVotes: zip(recentTimes, recentHashes).map { RecentVote(createdAt: $0, ipHash: $1) })
        updatedAt = try row.decode("updated_at")
    }
}
