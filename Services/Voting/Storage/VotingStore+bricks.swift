import Foundation
import Money
import Postgres
import VotingDomain

extension VotingStore {
    static let brickColumns = """
        brick_id, live_price_cents, cycle_number, freeze_mode, freeze_until, latest_freeze_until, needs_recheck,
        recheck_epoch, applied_brick_seq, last_brick_seq
        """

    /// B.1 step 2 for a batch: the views of `brickIds`, locked for this transaction in id order
    /// (every writer of brick views locks in that order first, so replicas cannot deadlock on them).
    /// This lock is what serializes votes per brick and makes `brickSeq` gap-free (P-02).
    func lockBricks(_ brickIds: [UUID]) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT \(Self.brickColumns) FROM \(table("bricks"))
            WHERE brick_id = ANY($1::uuid[]) ORDER BY brick_id FOR UPDATE
            """, [brickIds])
    }

    /// One brick's view, unlocked (for the HTTP API).
    func brick(_ brickId: UUID) -> PostgresStatement {
        PostgresStatement("SELECT \(Self.brickColumns) FROM \(table("bricks")) WHERE brick_id = $1", [brickId])
    }

    /// Writes `views` in one statement: new bricks inserted, known ones overwritten.
    func saveBricks(_ views: [BrickView]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("bricks")) (\(Self.brickColumns))
            SELECT * FROM UNNEST($1::uuid[], $2::bigint[], $3::integer[], $4::boolean[], $5::timestamptz[],
                                 $6::timestamptz[], $7::boolean[], $8::integer[], $9::bigint[], $10::bigint[])
            ON CONFLICT (brick_id) DO UPDATE SET
              live_price_cents = EXCLUDED.live_price_cents, cycle_number = EXCLUDED.cycle_number,
              freeze_mode = EXCLUDED.freeze_mode, freeze_until = EXCLUDED.freeze_until,
              latest_freeze_until = EXCLUDED.latest_freeze_until, needs_recheck = EXCLUDED.needs_recheck,
              recheck_epoch = EXCLUDED.recheck_epoch, applied_brick_seq = EXCLUDED.applied_brick_seq,
              last_brick_seq = EXCLUDED.last_brick_seq, updated_at = now()
            """,
            [
                views.map(\.brickId), views.map(\.livePrice.rawValue), views.map(\.cycleNumber), views.map(\.freezeMode),
                views.map(\.freezeUntil), views.map(\.latestFreezeUntil), views.map(\.needsRecheck),
                views.map(\.recheckEpoch), views.map(\.appliedBrickSeq), views.map(\.lastBrickSeq),
            ])
    }

    func decodeBricks(_ rows: PostgresRows) throws(PostgresError) -> [UUID: BrickView] {
        var views: [UUID: BrickView] = [:]
        views.reserveCapacity(rows.count)
        for row in rows {
            let view = BrickView(
                brickId: try row.decode(0), livePrice: Cents(try row.decode(1, as: Int64.self)),
                cycleNumber: try row.decode(2), freezeMode: try row.decode(3), freezeUntil: try row.decode(4),
                latestFreezeUntil: try row.decode(5), needsRecheck: try row.decode(6), recheckEpoch: try row.decode(7),
                appliedBrickSeq: try row.decode(8), lastBrickSeq: try row.decode(9))
            views[view.brickId] = view
        }
        return views
    }
}
