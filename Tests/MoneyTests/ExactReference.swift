import Money

/// Independent oracles computed in `Int128`, where no intermediate of these tests can overflow.
/// They work from the floor of the quotient (the implementation works from truncated unsigned
/// magnitudes), so a shared mistake is unlikely.
enum ExactReference {
    /// `floor(p / d)` and the remainder `p - floor(p / d) × d`, which lies in `[0, |d|)`.
    static func floorDivision(_ p: Int128, _ d: Int128) -> (quotient: Int128, remainder: Int128) {
        let (p, d) = d < 0 ? (-p, -d) : (p, d)
        var quotient = p / d
        if p % d != 0 && p < 0 { quotient -= 1 }
        return (quotient, p - quotient * d)
    }

    /// `p / d` rounded by `rule`, straight from the rule's definition on the exact fraction.
    static func rounded(_ p: Int128, _ d: Int128, _ rule: RoundingRule) -> Int128 {
        let (p, d) = d < 0 ? (-p, -d) : (p, d)
        let (floor, remainder) = floorDivision(p, d)
        switch rule {
        case .floor:
            return floor
        case .halfUp:
            if 2 * remainder > d { return floor + 1 }
            // A tie goes away from zero: up for positive quotients, down (stay at floor) otherwise.
            if 2 * remainder == d { return p > 0 ? floor + 1 : floor }
            return floor
        case .halfEven:
            if 2 * remainder > d { return floor + 1 }
            if 2 * remainder == d { return floor % 2 == 0 ? floor : floor + 1 }
            return floor
        }
    }

    /// The value as `Int64`, or `.overflow` when it does not fit: what the API must return.
    static func expected(_ value: Int128) -> Result<Int64, MoneyError> {
        Int64(exactly: value).map { .success($0) } ?? .failure(.overflow)
    }
}

/// Runs a typed-throwing call and captures its outcome for comparison with an oracle.
func outcome<T>(_ body: () throws(MoneyError) -> T) -> Result<T, MoneyError> {
    do throws(MoneyError) {
        return .success(try body())
    } catch {
        return .failure(error)
    }
}
