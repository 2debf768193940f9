import Foundation
import Postgres
import PricingDomain

/// One stored daily close (`brick_price_history`).
struct StoredClose: Sendable, Equatable, Codable {
    var day: String
    var closePriceCents: Int64
    var votesToday: Int

    enum CodingKeys: String, CodingKey {
        case day
        case closePriceCents = "close_price_cents"
        case votesToday = "votes_today"
    }
}

extension PricingStore {
    /// Stores closes; a day already closed for a brick keeps its first close (catch-up is idempotent).
    /// Returns the `(brick_id, day)` pairs actually inserted.
    func insertCloses(_ closes: [DailyClose]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("brick_price_history")) (brick_id, day, close_price_cents, votes_today)
            SELECT * FROM UNNEST($1::uuid[], $2::date[], $3::bigint[], $4::integer[])
            ON CONFLICT (brick_id, day) DO NOTHING
            RETURNING brick_id, day::text
            """,
            [closes.map(\.brickId), closes.map(\.day.description), closes.map(\.closePrice.rawValue), closes.map(\.votesToday)])
    }

    /// One brick's closes from `from` to `to` (inclusive), oldest first.
    func closes(of brickId: UUID, from: TradingDay, to: TradingDay) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT day::text, close_price_cents, votes_today FROM \(table("brick_price_history"))
            WHERE brick_id = $1 AND day BETWEEN $2::date AND $3::date ORDER BY day
            """, [brickId, from.description, to.description])
    }

    func decodeCloses(_ rows: PostgresRows) throws(PostgresError) -> [StoredClose] {
        try rows.map { row throws(PostgresError) in
            StoredClose(
                day: try row.decode(0), closePriceCents: try row.decode(1), votesToday: try row.decode(2))
        }
    }

    /// The latest close of each brick before `day`: where "repeat the last close" starts (P-29).
    func lastCloses(before day: TradingDay) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT DISTINCT ON (brick_id) brick_id, close_price_cents FROM \(table("brick_price_history"))
            WHERE day < $1::date ORDER BY brick_id, day DESC
            """, [day.description])
    }

    /// Each brick's live price at `instant`: the last move at or before it, else the baseline,
    /// with its listing. Bricks listed after `listedBy` are left out.
    func pricesAt(_ instant: Date, listedBy: Date) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT s.brick_id, s.baseline_price_cents, s.listed_at,
                COALESCE((SELECT m.to_cents FROM \(table("price_moves")) m
                          WHERE m.brick_id = s.brick_id AND m.at <= $1 ORDER BY m.at DESC, m.vote_event_id DESC LIMIT 1),
                         s.baseline_price_cents) AS price
            FROM \(table("brick_price_state")) s WHERE s.listed_at <= $2
            """, [instant, listedBy])
    }

    /// Every move in `(after, until]`, oldest first.
    func moves(after: Date, until: Date) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT brick_id, at, to_cents FROM \(table("price_moves"))
            WHERE at > $1 AND at <= $2 ORDER BY brick_id, at, vote_event_id
            """, [after, until])
    }

    /// Vote times of every brick in `(after, until]` (P-29 votes_today counts every vote event).
    func voteTimes(after: Date, until: Date) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT brick_id, at FROM \(table("ledger"))
            WHERE kind = 'VOTE' AND at > $1 AND at <= $2
            """, [after, until])
    }
}
