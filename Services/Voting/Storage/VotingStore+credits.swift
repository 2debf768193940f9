import Foundation
import Money
import Postgres
import VotingDomain

extension VotingStore {
    /// The credits of every (user, brick) pair of a batch. No lock of their own: a pair's credits
    /// are only written under its brick's row lock. One index probe per pair (`LATERAL … OFFSET 0`), so
    /// the cost follows the batch, never the table (a join on `UNNEST` may become a full-table hash join).
    func credits(_ keys: [CreditKey]) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT c.user_id, c.brick_id, c.remaining, c.last_vote_price_cents, c.last_vote_cycle_number,
                   c.regained_for_recheck_epoch
            FROM UNNEST($1::uuid[], $2::uuid[]) AS k(user_id, brick_id)
            CROSS JOIN LATERAL (
              SELECT * FROM \(table("credits")) c WHERE c.user_id = k.user_id AND c.brick_id = k.brick_id OFFSET 0) c
            """, [keys.map(\.userId), keys.map(\.brickId)])
    }

    /// Writes `credits` in one statement.
    func saveCredits(_ credits: [CreditKey: VoteCredits]) -> PostgresStatement {
        let keys = Array(credits.keys)
        let values = keys.compactMap { credits[$0] }
        return PostgresStatement(
            """
            INSERT INTO \(table("credits"))
              (user_id, brick_id, remaining, last_vote_price_cents, last_vote_cycle_number, regained_for_recheck_epoch)
            SELECT * FROM UNNEST($1::uuid[], $2::uuid[], $3::integer[], $4::bigint[], $5::integer[], $6::integer[])
            ON CONFLICT (user_id, brick_id) DO UPDATE SET
              remaining = EXCLUDED.remaining, last_vote_price_cents = EXCLUDED.last_vote_price_cents,
              last_vote_cycle_number = EXCLUDED.last_vote_cycle_number,
              regained_for_recheck_epoch = EXCLUDED.regained_for_recheck_epoch
            """,
            [
                keys.map(\.userId), keys.map(\.brickId), values.map(\.remaining),
                values.map { $0.lastVotePrice?.rawValue }, values.map(\.lastVoteCycleNumber),
                values.map(\.regainedForRecheckEpoch),
            ])
    }

    func decodeCredits(_ rows: PostgresRows) throws(PostgresError) -> [CreditKey: VoteCredits] {
        var credits: [CreditKey: VoteCredits] = [:]
        credits.reserveCapacity(rows.count)
        for row in rows {
            let price: Int64? = try row.decode(3)
            credits[CreditKey(userId: try row.decode(0), brickId: try row.decode(1))] = VoteCredits(
                remaining: try row.decode(2), lastVotePrice: price.map { Cents($0) }, lastVoteCycleNumber: try row.decode(4),
                regainedForRecheckEpoch: try row.decode(5))
        }
        return credits
    }
}
