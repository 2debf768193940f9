import Foundation
import Postgres
import PricingDomain

/// A vote on its way into the ledger, with the id of the event that carried it.
struct LedgerVote: Sendable {
    var vote: RecordedVote
    var eventId: String
}

extension PricingStore {
    static let ledgerColumns = """
        brick_id, brick_seq, control_index, kind, at, vote_event_id, user_id, vote_type, live_price_at_vote_cents,
        fair_range_lower_cents, fair_range_upper_cents, base_step_at_vote_cents, user_weight_at_vote,
        email_verified, cycle_id, cycle_number, ip_hash, recheck_origin, recheck_reason, event_id
        """

    /// Appends votes, each applied or held (waiting for a gap to fill). P-03: unique on brick and
    /// brickSeq, so a vote at a sequence already taken is ignored and the first one stays.
    func appendVotes(_ votes: [LedgerVote], applied: [Bool]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("ledger")) (brick_id, brick_seq, control_index, kind, applied, at, event_id,
                vote_event_id, user_id, vote_type, live_price_at_vote_cents, fair_range_lower_cents,
                fair_range_upper_cents, base_step_at_vote_cents, user_weight_at_vote, email_verified, cycle_id,
                cycle_number, ip_hash)
            SELECT b, s, 0, 'VOTE', a, t, e, v, u, vt, lp, fl, fu, bs, w, ev, c, cn, ip
            FROM UNNEST($1::uuid[], $2::bigint[], $3::timestamptz[], $4::text[], $5::bigint[], $6::uuid[], $7::text[],
                $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::float8[], $13::boolean[], $14::uuid[],
                $15::integer[], $16::text[], $17::boolean[])
                AS x(b, s, t, e, v, u, vt, lp, fl, fu, bs, w, ev, c, cn, ip, a)
            ON CONFLICT (brick_id, brick_seq, control_index) DO NOTHING
            """,
            [
                votes.map(\.vote.brickId), votes.map(\.vote.brickSeq), votes.map(\.vote.createdAt),
                votes.map(\.eventId), votes.map(\.vote.voteEventId), votes.map(\.vote.userId),
                votes.map(\.vote.voteType.rawValue), votes.map(\.vote.livePriceAtVote.rawValue),
                votes.map(\.vote.fairRange.lower.rawValue), votes.map(\.vote.fairRange.upper.rawValue),
                votes.map(\.vote.baseStepAtVote.rawValue), votes.map(\.vote.userWeightAtVote),
                votes.map(\.vote.emailVerified), votes.map(\.vote.cycleId), votes.map(\.vote.cycleNumber),
                votes.map(\.vote.ipHash), applied,
            ])
    }

    /// The stored votes of `brickIds` still waiting to apply.
    func heldVotes(of brickIds: [UUID]) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT \(Self.ledgerColumns) FROM \(table("ledger"))
            WHERE brick_id = ANY($1::uuid[]) AND NOT applied ORDER BY brick_id, brick_seq
            """, [brickIds])
    }

    /// Held votes by brick, each with the id of the event that carried it.
    func decodeHeldVotes(_ rows: PostgresRows) throws(PostgresError) -> [UUID: [LedgerVote]] {
        var held: [UUID: [LedgerVote]] = [:]
        for row in rows {
            guard case .vote(let vote) = try LedgerEntry(row: row) else { continue }
            held[vote.brickId, default: []].append(LedgerVote(vote: vote, eventId: try row.decode("event_id") ?? ""))
        }
        return held
    }

    /// Ledger entries by brick.
    func decodeEntries(_ rows: PostgresRows) throws(PostgresError) -> [UUID: [LedgerEntry]] {
        var entries: [UUID: [LedgerEntry]] = [:]
        for row in rows {
            let entry = try LedgerEntry(row: row)
            entries[entry.brickId, default: []].append(entry)
        }
        return entries
    }

    /// Marks the votes at `(brickIds[i], brickSeqs[i])` applied.
    func markApplied(brickIds: [UUID], brickSeqs: [Int64]) -> PostgresStatement {
        PostgresStatement(
            """
            UPDATE \(table("ledger")) AS l SET applied = true
            FROM UNNEST($1::uuid[], $2::bigint[]) AS x(b, s)
            WHERE l.brick_id = x.b AND l.brick_seq = x.s AND l.control_index = 0
            """, [brickIds, brickSeqs])
    }

    /// Appends control entries (freeze timeouts, rechecks), applied as they are written.
    func appendControlEntries(_ entries: [ControlEntry]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("ledger")) (brick_id, brick_seq, control_index, kind, applied, at, recheck_origin, recheck_reason)
            SELECT b, s, c, k, true, t, o, r
            FROM UNNEST($1::uuid[], $2::bigint[], $3::integer[], $4::text[], $5::timestamptz[], $6::text[], $7::text[])
                AS x(b, s, c, k, t, o, r)
            """,
            [
                entries.map(\.brickId), entries.map(\.position.brickSeq), entries.map(\.position.control),
                entries.map(\.kind.ledgerKind), entries.map(\.at), entries.map(\.kind.recheckOrigin),
                entries.map(\.kind.recheckReason),
            ])
    }

    /// Every ledger entry of `brickIds`, for replay.
    func entries(of brickIds: [UUID]) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT \(Self.ledgerColumns) FROM \(table("ledger"))
            WHERE brick_id = ANY($1::uuid[]) ORDER BY brick_id, brick_seq, control_index
            """, [brickIds])
    }

    /// Whether `userId` has an accepted vote on the brick in its cycle `cycleId` (P-30).
    /// Which of `userIds` have an accepted vote on the brick in cycle `cycleId` (§24: insight is earned).
    func voters(among userIds: [UUID], brickId: UUID, cycleId: UUID) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT DISTINCT user_id FROM \(table("ledger"))
            WHERE brick_id = $1 AND cycle_id = $2 AND kind = 'VOTE' AND user_id = ANY($3)
            """, [brickId, cycleId, userIds])
    }
}

extension ControlKind {
    var ledgerKind: String {
        switch self {
        case .freezeTimeout: "FREEZE_TIMEOUT"
        case .recheck: "RECHECK"
        }
    }

    var recheckOrigin: String? {
        switch self {
        case .freezeTimeout: nil
        case .recheck(.deadBrick): "DEAD_BRICK"
        case .recheck(.operatorRequest): "OPERATOR"
        }
    }

    var recheckReason: String? {
        if case .recheck(.operatorRequest(let reason)) = self { return reason }
        return nil
    }
}
