import Foundation
import Postgres
import PricingDomain

extension PricingStore {
    /// Takes the job's advisory lock for this transaction if no other replica holds it.
    func tryJobLock(_ job: String) -> PostgresStatement {
        PostgresStatement("SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0))", ["\(schema).\(job)"])
    }

    /// The daily close's last closed day, if it ever ran.
    func lastClosedDay() -> PostgresStatement {
        PostgresStatement("SELECT last_closed_day::text FROM \(table("job_state")) WHERE job = 'daily-close'")
    }

    func recordClosedDay(_ day: TradingDay) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("job_state")) (job, last_closed_day, last_run_at) VALUES ('daily-close', $1::date, now())
            ON CONFLICT (job) DO UPDATE SET last_closed_day = EXCLUDED.last_closed_day, last_run_at = now()
            """, [day.description])
    }

    /// States of frozen bricks whose deadline passed by `now`, locked, skipping bricks a batch holds.
    func dueFreezes(now: Date, limit: Int) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT \(StateColumn.selectList) FROM \(table("brick_price_state"))
            WHERE freeze_mode AND freeze_until <= $1 ORDER BY brick_id LIMIT $2 FOR UPDATE SKIP LOCKED
            """, [now, limit])
    }

    /// States of bricks quiet since `quietSince` (P-23 dead bricks), locked, skipping busy ones.
    func deadBricks(quietSince: Date, limit: Int) -> PostgresStatement {
        PostgresStatement(
            """
            SELECT \(StateColumn.selectList) FROM \(table("brick_price_state"))
            WHERE NOT needs_recheck
              AND GREATEST(COALESCE(last_applied_vote_at, cycle_started_at), cycle_started_at) <= $1
            ORDER BY brick_id LIMIT $2 FOR UPDATE SKIP LOCKED
            """, [quietSince, limit])
    }
}
