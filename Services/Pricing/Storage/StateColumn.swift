import Foundation
import Postgres
import PricingDomain

/// One column of `brick_price_state`: its name, its SQL type, and how a state renders into it.
///
/// Rows are written with one `INSERT … SELECT FROM UNNEST(text[] …)` per batch: every column
/// travels as a text array and is cast back to its type in SQL, so one generic statement writes
/// any number of states whatever their column types.
struct StateColumn: Sendable {
    let name: String
    let sqlType: String
    let render: @Sendable (BrickPriceState) -> String?

    init(_ name: String, _ sqlType: String, _ render: @escaping @Sendable (BrickPriceState) -> String?) {
        self.name = name
        self.sqlType = sqlType
        self.render = render
    }

    /// Every column of the table, in table order.
    static let all: [StateColumn] = [
        StateColumn("brick_id", "uuid") { $0.brickId.postgresText },
        StateColumn("baseline_price_cents", "bigint") { String($0.baselinePrice.rawValue) },
        StateColumn("live_price_cents", "bigint") { String($0.livePrice.rawValue) },
        StateColumn("listed_at", "timestamptz") { $0.listedAt.postgresText },
        StateColumn("current_cycle_id", "uuid") { $0.cycleId.postgresText },
        StateColumn("cycle_number", "integer") { String($0.cycleNumber) },
        StateColumn("cycle_start_price_cents", "bigint") { String($0.cycleStartPrice.rawValue) },
        StateColumn("cycle_started_at", "timestamptz") { $0.cycleStartedAt.postgresText },
        StateColumn("weighted_under", "float8") { $0.counters.under.postgresText },
        StateColumn("weighted_fair", "float8") { $0.counters.fair.postgresText },
        StateColumn("weighted_over", "float8") { $0.counters.over.postgresText },
        StateColumn("weighted_total", "float8") { $0.counters.total.postgresText },
        StateColumn("weighted_since_last_move", "float8") { $0.counters.sinceLastMove.postgresText },
        StateColumn("p_under", "float8") { $0.sentiment.pUnder.postgresText },
        StateColumn("p_fair", "float8") { $0.sentiment.pFair.postgresText },
        StateColumn("p_over", "float8") { $0.sentiment.pOver.postgresText },
        StateColumn("pricing_confidence_c", "float8") { $0.pricingConfidence.postgresText },
        StateColumn("reliability_score_r", "float8") { $0.reliabilityScore.postgresText },
        StateColumn("momentum_score", "integer") { String($0.momentumScore) },
        StateColumn("last_price_update", "timestamptz") { $0.lastPriceUpdate.postgresText },
        StateColumn("last_high_confidence_price_cents", "bigint") { $0.lastHighConfidence.map { String($0.price.rawValue) } },
        StateColumn("last_high_confidence_votes", "float8") { $0.lastHighConfidence?.weightedTotal.postgresText },
        StateColumn("last_confidence_timestamp", "timestamptz") { $0.lastHighConfidence?.at.postgresText },
        StateColumn("needs_recheck", "boolean") { $0.needsRecheck.postgresText },
        StateColumn("recheck_epoch", "integer") { String($0.recheckEpoch) },
        StateColumn("freeze_mode", "boolean") { $0.freezeMode.postgresText },
        StateColumn("freeze_until", "timestamptz") { $0.freezeUntil?.postgresText },
        StateColumn("applied_brick_seq", "bigint") { String($0.appliedBrickSeq) },
        StateColumn("control_entries_since_vote", "integer") { String($0.controlEntriesSinceVote) },
        StateColumn("last_vote_event_id_processed", "bigint") { $0.lastVoteEventId.map { String($0) } },
        StateColumn("last_applied_vote_at", "timestamptz") { $0.lastAppliedVoteAt?.postgresText },
        // Sorted, so equal states always write equal rows.
        StateColumn("unique_voter_ids", "uuid[]") { $0.participation.verifiedVoters.sorted { $0.uuidString < $1.uuidString }.postgresText },
        StateColumn("recent_vote_times", "timestamptz[]") { $0.participation.recentVotes.map(\.createdAt).postgresText },
        StateColumn("recent_vote_ip_hashes", "text[]") { $0.participation.recentVotes.map(\.ipHash).postgresText },
        StateColumn("updated_at", "timestamptz") { $0.updatedAt.postgresText },
    ]

    /// `brick_id, baseline_price_cents, …` for SELECT lists.
    static let selectList = all.map(\.name).joined(separator: ", ")
}
