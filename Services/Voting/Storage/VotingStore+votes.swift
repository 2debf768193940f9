import Foundation
import Postgres
import PricingDomain
import VotingDomain

extension VotingStore {
    /// `count` ids of voting's global vote sequence, reserved for a batch (one per intent).
    func reserveVoteEventIds(_ count: Int) -> PostgresStatement {
        PostgresStatement(
            "SELECT nextval('\(table("vote_event_ids"))') FROM generate_series(1, $1::integer)", [count])
    }

    /// B.1 step 9 for a batch: the immutable vote events (§3.1).
    func insertVotes(_ votes: [EnrichedVote]) -> PostgresStatement {
        let stamped = votes.map(\.vote)
        return PostgresStatement(
            """
            INSERT INTO \(table("vote_events"))
              (vote_event_id, brick_id, brick_seq, intent_id, user_id, vote_type, live_price_cents,
               fair_range_lower_cents, fair_range_upper_cents, base_step_cents, user_weight, email_verified,
               cycle_id, cycle_number, created_at, ip_hash, user_agent, session_id)
            SELECT * FROM UNNEST($1::bigint[], $2::uuid[], $3::bigint[], $4::uuid[], $5::uuid[], $6::text[],
                                 $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::float8[], $12::boolean[],
                                 $13::uuid[], $14::integer[], $15::timestamptz[], $16::text[], $17::text[], $18::text[])
            """,
            [
                stamped.map(\.voteEventId), stamped.map(\.brickId), stamped.map(\.brickSeq), votes.map(\.intentId),
                stamped.map(\.userId), stamped.map(\.voteType.rawValue), stamped.map(\.livePriceAtVote.rawValue),
                stamped.map(\.fairRange.lower.rawValue), stamped.map(\.fairRange.upper.rawValue),
                stamped.map(\.baseStepAtVote.rawValue), stamped.map(\.userWeightAtVote), stamped.map(\.emailVerified),
                stamped.map(\.cycleId), stamped.map(\.cycleNumber), stamped.map(\.createdAt), stamped.map(\.ipHash),
                votes.map(\.userAgent), votes.map(\.sessionId),
            ])
    }

    /// §3.2: the XP log.
    func insertXP(_ awards: [XPAward], at time: Date) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("xp_events")) (user_id, vote_event_id, brick_id, xp_amount, reason, created_at)
            SELECT u, v, b, a, r, $6 FROM UNNEST($1::uuid[], $2::bigint[], $3::uuid[], $4::bigint[], $5::text[])
              AS x(u, v, b, a, r)
            """,
            [awards.map(\.userId), awards.map(\.voteEventId), awards.map(\.brickId), awards.map(\.amount),
             awards.map(\.reason.rawValue), time])
    }

    /// Every intent's one outcome (`RECORDED` or the rejection reason), decided by `replica`.
    func insertOutcomes(_ outcomes: [EnrichmentOutcome], replica: String) -> PostgresStatement {
        let names = outcomes.map { outcome -> String in
            switch outcome {
            case .recorded: "RECORDED"
            case .rejected(let rejection): rejection.reason.rawValue
            }
        }
        let voteIds = outcomes.map { outcome -> Int64? in
            if case .recorded(let vote) = outcome { return vote.vote.voteEventId }
            return nil
        }
        return PostgresStatement(
            """
            INSERT INTO \(table("vote_outcomes")) (intent_id, outcome, vote_event_id, decided_by)
            SELECT i, o, v, $4 FROM UNNEST($1::uuid[], $2::text[], $3::bigint[]) AS x(i, o, v)
            """, [outcomes.map(\.intentId), names, voteIds, replica])
    }

    /// The votes of closed cycles, for accuracy scoring (P-26).
    func votes(ofCycles cycleIds: [UUID]) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT vote_event_id, user_id, brick_id, cycle_id, vote_type, email_verified
            FROM \(table("vote_events")) WHERE cycle_id = ANY($1::uuid[])
            """, [cycleIds])
    }

    func decodeCastVotes(_ rows: PostgresRows) throws -> [CastVote] {
        try rows.map { row in
            let typeText = try row.decode(4, as: String.self)
            guard let voteType = VoteType(rawValue: typeText) else {
                throw PostgresError(.decoding, "vote_events.vote_type \(typeText) is not a vote type")
            }
            return CastVote(
                voteEventId: try row.decode(0), userId: try row.decode(1), brickId: try row.decode(2),
                cycleId: try row.decode(3), voteType: voteType, emailVerified: try row.decode(5))
        }
    }

    /// Marks closed cycles scored; returns the ones scored for the first time (a repeated
    /// `brick.cycle.reset` scores nothing again).
    func claimScoredCycles(_ closures: [CycleClosure]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("scored_cycles")) (cycle_id, brick_id, direction)
            SELECT * FROM UNNEST($1::uuid[], $2::uuid[], $3::text[])
            ON CONFLICT (cycle_id) DO NOTHING RETURNING cycle_id
            """,
            [closures.map(\.closedCycleId), closures.map(\.brickId), closures.map(\.direction.rawValue)])
    }
}
