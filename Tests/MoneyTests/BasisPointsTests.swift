import Money
import Testing

struct BasisPointsTests {
    @Test func appliesARatioWithTheChosenRounding() throws {
        #expect(try Cents(12_345).applying(500, rounding: .floor) == 617)  // 617.25
        #expect(try Cents(-12_345).applying(500, rounding: .floor) == -618)
        #expect(try Cents(-12_345).applying(500, rounding: .halfUp) == -617)
        #expect(try Cents(199).applying(500, rounding: .floor) == 9)  // 9.95
        #expect(try Cents(199).applying(500, rounding: .halfUp) == 10)
        #expect(try Cents(100).applying(50, rounding: .halfUp) == 1)  // 0.5
        #expect(try Cents(100).applying(50, rounding: .halfEven) == 0)
        #expect(try Cents(100).applying(150, rounding: .halfEven) == 2)  // 1.5
        #expect(try Cents(100).applying(-150, rounding: .floor) == -2)  // -1.5
    }

    @Test func matchesTheWavesCapFormulas() throws {
        // D000-25: maxSpend = min(B × 500 / 10_000, 2_500_000) for B = $100,000.00 and B = $99.99.
        #expect(try Cents(10_000_000).applying(500, rounding: .floor) == 500_000)
        #expect(try Cents(9_999).applying(500, rounding: .floor) == 499)
        // D000-31: companyCap's budget term, B × 1000 / 10_000.
        #expect(try Cents(123_456_789).applying(1_000, rounding: .floor) == 12_345_678)
    }

    @Test func usesA128BitIntermediateAndReportsOverflow() throws {
        #expect(try Cents(.max).applying(.whole, rounding: .floor) == Cents(.max))
        #expect(try Cents(.min).applying(.whole, rounding: .halfUp) == Cents(.min))
        #expect(try Cents(.max).applying(5_000, rounding: .floor) == Cents(Int64.max / 2))
        #expect(throws: MoneyError.overflow) { try Cents(.max).applying(20_000, rounding: .floor) }
        #expect(throws: MoneyError.overflow) { try Cents(.min).applying(-10_000, rounding: .floor) }
    }

    @Test func wholeIsTenThousandBasisPoints() {
        #expect(BasisPoints.whole.rawValue == 10_000)
        #expect(BasisPoints.perWhole == 10_000)
        #expect(BasisPoints(500) < .whole)
    }
}
