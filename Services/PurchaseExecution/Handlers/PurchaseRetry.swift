import Foundation
import Postgres

/// D000-38: a purchase run whose transaction step failed for a reason another attempt can clear is
/// retried up to ``maxRetries`` times, from a savepoint taken before its locks, re-reading only its
/// products, with a backoff of 100 ms·2ⁿ plus jitter. The rest of the consumed batch is kept.
enum PurchaseRetry {
    static let maxRetries = 3
    static let savepoint = "purchase_run"

    /// Serialization failure, deadlock, an idempotency key that a concurrent transaction committed
    /// first (unique violation: the retry sees it and reports DUPLICATE), or a decrement that did not
    /// apply.
    static func isRetryable(_ error: any Error) -> Bool {
        if error is StockConflict { return true }
        guard let error = error as? PostgresError else { return false }
        return error.isRetryableTransaction || error.sqlState == "23505"
    }

    /// The pause before retry `attempt` (1-based).
    static func backoff(attempt: Int) -> TimeInterval {
        let base = 0.1 * Double(1 << min(attempt - 1, 6))
        return base + Double.random(in: 0..<(base / 2))
    }
}
