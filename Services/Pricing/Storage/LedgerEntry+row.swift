import Foundation
import Money
import Postgres
import PricingDomain

extension LedgerEntry {
    /// Reads a row selected with ``PricingStore/ledgerColumns``; a row no entry can come from
    /// (an unknown kind or vote type) is a decoding error naming the column.
    init(row: PostgresRow) throws(PostgresError) {
        let brickId: UUID = try row.decode("brick_id")
        let seq: Int64 = try row.decode("brick_seq")
        let at: Date = try row.decode("at")
        let kind: String = try row.decode("kind")
        switch kind {
        case "VOTE":
            self = .vote(try Self.vote(row: row, brickId: brickId, seq: seq, at: at))
        case "FREEZE_TIMEOUT", "RECHECK":
            let position = LedgerPosition(brickSeq: seq, control: try row.decode("control_index"))
            let control: ControlKind
            if kind == "FREEZE_TIMEOUT" {
                control = .freezeTimeout
            } else if try row.decode("recheck_origin", as: String?.self) == "DEAD_BRICK" {
                control = .recheck(.deadBrick)
            } else {
                control = .recheck(.operatorRequest(reason: try row.decode("recheck_reason", as: String?.self) ?? ""))
            }
            self = .control(ControlEntry(brickId: brickId, position: position, at: at, kind: control))
        default:
            throw PostgresError(.decoding, "unknown ledger kind \(kind)", column: "kind")
        }
    }

    private static func vote(row: PostgresRow, brickId: UUID, seq: Int64, at: Date) throws(PostgresError) -> RecordedVote {
        let typeText: String = try row.decode("vote_type")
        guard let voteType = VoteType(rawValue: typeText) else {
            throw PostgresError(.decoding, "unknown vote type \(typeText)", column: "vote_type")
        }
        return RecordedVote(
            voteEventId: try row.decode("vote_event_id"), brickSeq: seq, userId: try row.decode("user_id"),
            brickId: brickId, voteType: voteType,
            livePriceAtVote: Cents(try row.decode("live_price_at_vote_cents", as: Int64.self)),
            fairRange: FairRange(
                lower: Cents(try row.decode("fair_range_lower_cents", as: Int64.self)),
                upper: Cents(try row.decode("fair_range_upper_cents", as: Int64.self))),
            baseStepAtVote: Cents(try row.decode("base_step_at_vote_cents", as: Int64.self)),
            userWeightAtVote: try row.decode("user_weight_at_vote"), emailVerified: try row.decode("email_verified"),
            cycleId: try row.decode("cycle_id"), cycleNumber: try row.decode("cycle_number"), createdAt: at,
            ipHash: try row.decode("ip_hash"))
    }
}
