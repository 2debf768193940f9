/// Delays between transaction retries: exponential from 2 ms, capped at 128 ms, with jitter so two transactions
/// that just conflicted do not collide again in lockstep. The jitter uses the system generator: it shapes
/// timing only and never reaches domain logic.
enum RetryBackoff {
    static func delay(afterAttempt attempt: Int) -> Duration {
        var generator = SystemRandomNumberGenerator()
        return delay(afterAttempt: attempt, using: &generator)
    }

    static func delay(afterAttempt attempt: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        let ceiling = 2_000 << min(max(attempt - 1, 0), 6)  // microseconds
        return .microseconds(Int.random(in: (ceiling / 2)...ceiling, using: &generator))
    }
}
