import Money
import Testing

struct RoundingRuleTests {
    /// `numerator / denominator` under halfUp, halfEven and floor, computed by hand.
    @Test(arguments: [
        (5, 2, 3, 2, 2),  // 2.5
        (-5, 2, -3, -2, -3),  // -2.5: halfUp is PostgreSQL round(-2.5) = -3
        (5, -2, -3, -2, -3),  // -2.5 with the sign on the denominator
        (-5, -2, 3, 2, 2),  // 2.5
        (7, 2, 4, 4, 3),  // 3.5: halfEven goes to the even 4
        (-7, 2, -4, -4, -4),  // -3.5
        (24, 10, 2, 2, 2),  // 2.4
        (-24, 10, -2, -2, -3),  // -2.4: floor goes down, also for negatives
        (26, 10, 3, 3, 2),  // 2.6
        (-26, 10, -3, -3, -3),  // -2.6
        (6, 3, 2, 2, 2),  // exact
        (-6, 3, -2, -2, -2),  // exact negative: floor does not move
        (0, -5, 0, 0, 0),
        (1, 3, 0, 0, 0),
        (-1, 3, 0, 0, -1),
    ] as [(Int64, Int64, Int64, Int64, Int64)])
    func dividesWithEachRule(
        numerator: Int64, denominator: Int64, halfUp: Int64, halfEven: Int64, floor: Int64
    ) throws {
        #expect(try Cents.divide(numerator, by: denominator, rounding: .halfUp) == halfUp)
        #expect(try Cents.divide(numerator, by: denominator, rounding: .halfEven) == halfEven)
        #expect(try Cents.divide(numerator, by: denominator, rounding: .floor) == floor)
    }

    @Test func dividesAtTheEdgesOfTheRange() throws {
        for rule in RoundingRule.allCases {
            #expect(try Cents.divide(.min, by: 1, rounding: rule) == .min)
            #expect(try Cents.divide(.max, by: -1, rounding: rule) == -.max)
            #expect(try Cents.divide(.min, by: 2, rounding: rule) == -(1 << 62))
            #expect(try Cents.divide(.min, by: .min, rounding: rule) == 1)
            #expect(throws: MoneyError.overflow) { try Cents.divide(.min, by: -1, rounding: rule) }
            #expect(throws: MoneyError.divisionByZero) { try Cents.divide(7, by: 0, rounding: rule) }
        }
        // Int64.max / 2 = 2^62 - 0.5
        #expect(try Cents.divide(.max, by: 2, rounding: .halfUp) == 1 << 62)
        #expect(try Cents.divide(.max, by: 2, rounding: .halfEven) == 1 << 62)
        #expect(try Cents.divide(.max, by: 2, rounding: .floor) == (1 << 62) - 1)
        #expect(try Cents.divide(.min + 1, by: 2, rounding: .floor) == -(1 << 62))
    }

    @Test func scalesThroughA128BitIntermediate() throws {
        for rule in RoundingRule.allCases {
            #expect(try Cents.scaled(.max, numerator: .max, denominator: .max, rounding: rule) == .max)
            #expect(try Cents.scaled(.min, numerator: .min, denominator: .min, rounding: rule) == .min)
            #expect(try Cents.scaled(.min, numerator: -1, denominator: -1, rounding: rule) == .min)
            #expect(try Cents.scaled(.max, numerator: 2, denominator: 2, rounding: rule) == .max)
            #expect(throws: MoneyError.overflow) {
                try Cents.scaled(.max, numerator: 2, denominator: 1, rounding: rule)
            }
            #expect(throws: MoneyError.overflow) {
                try Cents.scaled(.min, numerator: -1, denominator: 1, rounding: rule)
            }
            #expect(throws: MoneyError.overflow) {
                try Cents.scaled(.max, numerator: .max, denominator: 1, rounding: rule)
            }
            #expect(throws: MoneyError.divisionByZero) {
                try Cents.scaled(1, numerator: 1, denominator: 0, rounding: rule)
            }
        }
        // 1e12 × (Int64.max / 3) / (Int64.max - 1): the product needs ~100 bits.
        #expect(try Cents.scaled(1_000_000_000_000, numerator: .max / 3, denominator: .max - 1, rounding: .floor)
            == 333_333_333_333)
    }

    /// Results that sit half a cent outside the range: only the rule decides whether they fit.
    @Test func roundingDecidesOverflowAtTheBoundary() throws {
        // 4294967295 × 4294967297 = 2^64 - 1, so / 2 is 2^63 - 0.5.
        let belowMax = (value: Int64(4_294_967_295), numerator: Int64(4_294_967_297))
        #expect(try Cents.scaled(belowMax.value, numerator: belowMax.numerator, denominator: 2, rounding: .floor) == .max)
        #expect(throws: MoneyError.overflow) {
            try Cents.scaled(belowMax.value, numerator: belowMax.numerator, denominator: 2, rounding: .halfUp)
        }
        #expect(throws: MoneyError.overflow) {
            try Cents.scaled(belowMax.value, numerator: belowMax.numerator, denominator: 2, rounding: .halfEven)
        }
        // -274177 × 67280421310721 = -(2^64 + 1), so / 2 is -2^63 - 0.5; -2^63 is the even neighbour.
        let belowMin = (value: Int64(-274_177), numerator: Int64(67_280_421_310_721))
        #expect(try Cents.scaled(belowMin.value, numerator: belowMin.numerator, denominator: 2, rounding: .halfEven) == .min)
        #expect(throws: MoneyError.overflow) {
            try Cents.scaled(belowMin.value, numerator: belowMin.numerator, denominator: 2, rounding: .halfUp)
        }
        #expect(throws: MoneyError.overflow) {
            try Cents.scaled(belowMin.value, numerator: belowMin.numerator, denominator: 2, rounding: .floor)
        }
        // 31 × 1190112520884487201 = 2^65 - 1, so / 2 truncates to UInt64.max with a remainder.
        for rule in RoundingRule.allCases {
            #expect(throws: MoneyError.overflow) {
                try Cents.scaled(31, numerator: 1_190_112_520_884_487_201, denominator: 2, rounding: rule)
            }
            #expect(throws: MoneyError.overflow) {
                try Cents.scaled(-31, numerator: 1_190_112_520_884_487_201, denominator: 2, rounding: rule)
            }
        }
    }

    @Test func centsConveniencesUseTheSameRules() throws {
        #expect(try Cents(-1_001).divided(by: 10, rounding: .halfUp) == -100)
        #expect(try Cents(-1_005).divided(by: 10, rounding: .halfUp) == -101)
        #expect(try Cents(-1_005).divided(by: 10, rounding: .halfEven) == -100)
        #expect(try Cents(5_000).scaled(by: 1, over: 3, rounding: .floor) == 1_666)
        #expect(try Cents(5_000).scaled(by: 2, over: 3, rounding: .halfUp) == 3_333)
        #expect(throws: MoneyError.divisionByZero) { try Cents(1).divided(by: 0, rounding: .floor) }
    }
}
