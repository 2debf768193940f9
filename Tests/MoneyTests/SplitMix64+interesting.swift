import TestSupport

extension SplitMix64 {
    /// An `Int64` drawn so that boundaries and every magnitude show up often: uniform values
    /// almost always have 63 significant bits, which would never exercise small results,
    /// exact ties or the edges of the range.
    mutating func interestingInt64() -> Int64 {
        switch Int.random(in: 0..<7, using: &self) {
        case 0:
            return Int64.random(in: .min ... .max, using: &self)
        case 1:
            return Int64.random(in: -1_000...1_000, using: &self)
        case 2:
            return Int64.max - Int64.random(in: 0...1_000, using: &self)
        case 3:
            return Int64.min + Int64.random(in: 0...1_000, using: &self)
        case 4:
            return [Int64.min, .min + 1, -1, 0, 1, .max - 1, .max].randomElement(using: &self) ?? 0
        default:
            let bits = Int.random(in: 1...63, using: &self)
            let magnitude = Int64(truncatingIfNeeded: next() >> UInt64(64 - bits))
            return Bool.random(using: &self) ? magnitude : -magnitude
        }
    }
}
