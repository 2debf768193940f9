/// Exponential reconnect delay with a cap: attempt n waits `min(upper, lower * 2^n)`.
struct Backoff {
    let range: ClosedRange<Double>
    private(set) var attempt = 0

    init(_ range: ClosedRange<Double>) {
        self.range = range
    }

    /// The delay before the next attempt; never below 10 ms so a zero range cannot spin.
    mutating func nextDelay() -> Duration {
        let seconds = min(range.upperBound, range.lowerBound * Double(1 << min(attempt, 30)))
        attempt += 1
        let capped = seconds.isFinite ? min(seconds, 3600) : 3600
        return .milliseconds(max(10, Int(capped * 1000)))
    }

    mutating func reset() { attempt = 0 }
}
