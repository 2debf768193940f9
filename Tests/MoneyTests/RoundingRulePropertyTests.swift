import Money
import TestSupport
import Testing

struct RoundingRulePropertyTests {
    @Test(arguments: RoundingRule.allCases)
    func scaledAgreesWithTheExactRationalReference(rule: RoundingRule) {
        var generator = SplitMix64(seed: 0xD15C00 &+ UInt64(RoundingRule.allCases.firstIndex(of: rule) ?? 0))
        var counts = (overflow: 0, inRange: 0, ties: 0)
        for _ in 0..<20_000 {
            let value = generator.interestingInt64()
            let numerator = generator.interestingInt64()
            // Small denominators make exact halves (ties) common; large ones keep results in range.
            let denominator = Bool.random(using: &generator)
                ? Int64.random(in: -20...20, using: &generator) : generator.interestingInt64()
            guard denominator != 0 else { continue }
            let product = Int128(value) * Int128(numerator)
            let expected = ExactReference.expected(ExactReference.rounded(product, Int128(denominator), rule))
            let actual = outcome { () throws(MoneyError) in
                try Cents.scaled(value, numerator: numerator, denominator: denominator, rounding: rule)
            }
            #expect(actual == expected, "\(value) × \(numerator) / \(denominator)")
            if case .failure = expected { counts.overflow += 1 } else { counts.inRange += 1 }
            if 2 * ExactReference.floorDivision(product, Int128(denominator)).remainder == Int128(denominator).magnitude {
                counts.ties += 1
            }
        }
        #expect(counts.overflow > 1_000)
        #expect(counts.inRange > 1_000)
        #expect(counts.ties > 500)
    }

    @Test(arguments: RoundingRule.allCases)
    func divideAgreesWithTheExactRationalReference(rule: RoundingRule) {
        var generator = SplitMix64(seed: 0xD1_71DE)
        var overflows = 0
        for _ in 0..<20_000 {
            let numerator = generator.interestingInt64()
            let denominator = Bool.random(using: &generator)
                ? Int64.random(in: -3...3, using: &generator) : generator.interestingInt64()
            let actual = outcome { () throws(MoneyError) in try Cents.divide(numerator, by: denominator, rounding: rule) }
            guard denominator != 0 else {
                #expect(actual == .failure(.divisionByZero))
                continue
            }
            let expected = ExactReference.expected(ExactReference.rounded(Int128(numerator), Int128(denominator), rule))
            #expect(actual == expected, "\(numerator) / \(denominator)")
            if case .failure = expected { overflows += 1 }
        }
        // Int64.min / -1 is the only overflowing division; the generator must reach it.
        #expect(overflows > 0)
    }
}
