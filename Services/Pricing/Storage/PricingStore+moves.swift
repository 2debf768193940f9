import Foundation
import Postgres
import PricingDomain

extension PricingStore {
    /// Records price moves (one statement per batch); a move already recorded is kept.
    func appendMoves(_ moves: [PriceMove]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("price_moves")) (brick_id, vote_event_id, at, from_cents, to_cents)
            SELECT * FROM UNNEST($1::uuid[], $2::bigint[], $3::timestamptz[], $4::bigint[], $5::bigint[])
            ON CONFLICT (brick_id, vote_event_id) DO NOTHING
            """,
            [
                moves.map(\.brickId), moves.map(\.causedByVoteEventId), moves.map { $0.at.storageCanonical },
                moves.map(\.from.rawValue), moves.map(\.to.rawValue),
            ])
    }
}
