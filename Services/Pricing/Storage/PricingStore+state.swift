import Foundation
import Postgres
import PricingDomain

extension PricingStore {
    /// Writes `states` in one statement: new bricks are inserted, known ones overwritten.
    func saveStates(_ states: [BrickPriceState]) -> PostgresStatement {
        writeStates(states, conflict: "DO UPDATE SET " + StateColumn.all.dropFirst().map { "\($0.name) = EXCLUDED.\($0.name)" }.joined(separator: ", "))
    }

    /// Inserts the states of newly listed bricks; a brick already listed keeps its state (a
    /// repeated `brick.listed` changes nothing). Returns the ids actually inserted.
    func insertListedStates(_ states: [BrickPriceState]) -> PostgresStatement {
        writeStates(states, conflict: "DO NOTHING RETURNING brick_id")
    }

    private func writeStates(_ states: [BrickPriceState], conflict: String) -> PostgresStatement {
        let columns = StateColumn.all
        let parameters: [any PostgresBindable] = columns.map { column in states.map(column.render) }
        let names = columns.map(\.name).joined(separator: ", ")
        let casts = columns.enumerated().map { index, column in "c\(index)::\(column.sqlType)" }.joined(separator: ", ")
        let arrays = columns.indices.map { "$\($0 + 1)::text[]" }.joined(separator: ", ")
        let aliases = columns.indices.map { "c\($0)" }.joined(separator: ", ")
        return PostgresStatement(
            """
            INSERT INTO \(table("brick_price_state")) (\(names))
            SELECT \(casts) FROM UNNEST(\(arrays)) AS u(\(aliases))
            ON CONFLICT (brick_id) \(conflict)
            """, parameters)
    }

    /// Serializes the transactions touching `brickIds`, whether or not their state rows exist yet:
    /// one transaction-scoped advisory lock per brick, taken in key order so two replicas cannot
    /// deadlock. Without it a batch listing a brick and a concurrent batch with its first votes
    /// could each miss the other's uncommitted rows and leave the votes held.
    func lockBricks(_ brickIds: [UUID]) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT count(pg_advisory_xact_lock(k)) FROM (
                SELECT DISTINCT hashtextextended($2 || b::text, 0) AS k FROM UNNEST($1::uuid[]) AS b ORDER BY k) AS keys
            """, [brickIds, "\(schema).brick:"])
    }

    /// Locks the states of `brickIds` for this transaction, in id order so that two replicas
    /// locking overlapping sets cannot deadlock (ARCHITECTURE "per-entity serialization").
    func lockStates(_ brickIds: [UUID]) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT \(StateColumn.selectList) FROM \(table("brick_price_state"))
            WHERE brick_id = ANY($1::uuid[]) ORDER BY brick_id FOR UPDATE
            """, [brickIds])
    }

    /// One brick's state, unlocked (for the HTTP API).
    func state(of brickId: UUID) -> PostgresStatement {
        PostgresStatement(
            "SELECT \(StateColumn.selectList) FROM \(table("brick_price_state")) WHERE brick_id = $1", [brickId])
    }

    /// Every state, in id order, from `after` on, `limit` at a time (replay walks the table).
    func statesPage(after: UUID?, limit: Int) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT \(StateColumn.selectList) FROM \(table("brick_price_state"))
            WHERE $1::uuid IS NULL OR brick_id > $1::uuid ORDER BY brick_id LIMIT $2
            """, [after, limit])
    }

    func decodeStates(_ rows: PostgresRows) throws(PostgresError) -> [BrickPriceState] {
        var states: [BrickPriceState] = []
        states.reserveCapacity(rows.count)
        for row in rows { states.append(try BrickPriceState(row: row)) }
        return states
    }
}
