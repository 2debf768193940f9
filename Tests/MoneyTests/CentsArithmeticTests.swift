import Money
import TestSupport
import Testing

struct CentsArithmeticTests {
    @Test func addsSubtractsMultipliesAndNegatesWithinRange() throws {
        #expect(try Cents(1_234).adding(-5_000) == -3_766)
        #expect(try Cents(-5).subtracting(10) == -15)
        #expect(try Cents(1_999).multiplied(by: 3) == 5_997)
        #expect(try Cents(-1_999).multiplied(by: -3) == 5_997)
        #expect(try Cents(7).negated() == -7)
        #expect(try Cents.zero.negated() == .zero)
    }

    @Test func reachesBothEndsOfTheRangeExactly() throws {
        #expect(try Cents(.max - 1).adding(1) == Cents(.max))
        #expect(try Cents(.min + 1).subtracting(1) == Cents(.min))
        #expect(try Cents(.max).negated() == Cents(.min + 1))
        #expect(try Cents(Int64.min / 2).multiplied(by: 2) == Cents(.min))
        #expect(try Cents(.min).multiplied(by: 1) == Cents(.min))
    }

    @Test func reportsOverflowInsteadOfTrapping() {
        #expect(throws: MoneyError.overflow) { try Cents(.max).adding(1) }
        #expect(throws: MoneyError.overflow) { try Cents(.min).adding(-1) }
        #expect(throws: MoneyError.overflow) { try Cents(.min).subtracting(1) }
        #expect(throws: MoneyError.overflow) { try Cents(-1).subtracting(Cents(.max)).subtracting(2) }
        #expect(throws: MoneyError.overflow) { try Cents(.min).negated() }
        #expect(throws: MoneyError.overflow) { try Cents(.min).multiplied(by: -1) }
        #expect(throws: MoneyError.overflow) { try Cents(Int64.max / 2 + 1).multiplied(by: 2) }
    }

    @Test func ordersByAmount() {
        #expect(Cents(-5) < Cents(0))
        #expect(Cents(.min) < Cents(.max))
        #expect([Cents(3), -1, 2].sorted() == [-1, 2, 3])
    }

    @Test func reportsOverflowExactlyWhenTheTrueResultIsOutOfRange() {
        var generator = SplitMix64(seed: 0xA11CE)
        var overflows = 0
        for _ in 0..<20_000 {
            let a = generator.interestingInt64()
            let b = generator.interestingInt64()
            let (x, y) = (Int128(a), Int128(b))
            let cases: [(Result<Int64, MoneyError>, Int128)] = [
                (outcome { () throws(MoneyError) in try Cents(a).adding(Cents(b)).rawValue }, x + y),
                (outcome { () throws(MoneyError) in try Cents(a).subtracting(Cents(b)).rawValue }, x - y),
                (outcome { () throws(MoneyError) in try Cents(a).multiplied(by: b).rawValue }, x * y),
                (outcome { () throws(MoneyError) in try Cents(a).negated().rawValue }, -x),
            ]
            for (actual, exact) in cases {
                let expected = ExactReference.expected(exact)
                #expect(actual == expected, "a = \(a), b = \(b), exact = \(exact)")
                if case .failure = expected { overflows += 1 }
            }
        }
        // The generator must produce both outcomes, or the property proved nothing about overflow.
        #expect(overflows > 5_000)
        #expect(overflows < 60_000)
    }
}
