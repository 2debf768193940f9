import Foundation

/// How big the resilience runs are. CI runs the small default; `MARKET_CHAOS_SCALE=1` runs the
/// figures of issue 10 (10,000 hostile messages, 100,000 votes, 200 waves). Each figure can also be
/// set on its own (`MARKET_CHAOS_MESSAGES`, `MARKET_CHAOS_VOTES`, `MARKET_CHAOS_WAVES`).
enum ResilienceScale {
    static var isFull: Bool { environment["MARKET_CHAOS_SCALE"] == "1" }

    /// Malformed messages spread over every type every service binds.
    static var hostileMessages: Int { integer("MARKET_CHAOS_MESSAGES", small: 1_000, full: 10_000) }

    /// Vote intents published during the disruption run.
    static var votes: Int { integer("MARKET_CHAOS_VOTES", small: 5_000, full: 100_000) }

    /// Waves requested during the disruption run.
    static var waves: Int { integer("MARKET_CHAOS_WAVES", small: 10, full: 200) }

    /// `MARKET_CHAOS_SEED` (default 0x5EED) mixed with `parts` (FNV-1a), so each stream of cases is
    /// reproducible on its own.
    static func seed(_ parts: String...) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(environment["MARKET_CHAOS_SEED"].flatMap(Int.init) ?? 0x5EED)
        for byte in parts.joined(separator: "/").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return hash
    }

    private static var environment: [String: String] { ProcessInfo.processInfo.environment }

    private static func integer(_ name: String, small: Int, full: Int) -> Int {
        environment[name].flatMap(Int.init) ?? (isFull ? full : small)
    }
}
