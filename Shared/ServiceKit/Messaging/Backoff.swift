/// Capped exponential backoff for reconnect-and-retry loops: 100 ms, 200 ms, … up to 5 s.
struct Backoff: Sendable {
    private var attempt = 0
    let base: Duration
    let cap: Duration

    init(base: Duration = .milliseconds(100), cap: Duration = .seconds(5)) {
        self.base = base
        self.cap = cap
    }

    mutating func next() -> Duration {
        defer { attempt = min(attempt + 1, 16) }
        return min(base * (1 << attempt), cap)
    }

    mutating func reset() { attempt = 0 }
}
