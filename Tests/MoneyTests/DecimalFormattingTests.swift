import Money
import TestSupport
import Testing

struct DecimalFormattingTests {
    @Test(arguments: [
        (1_234, "12.34"), (-5, "-0.05"), (0, "0.00"), (5, "0.05"), (10, "0.10"), (700, "7.00"),
        (-100, "-1.00"), (-1_234, "-12.34"),
        (.max, "92233720368547758.07"), (.min, "-92233720368547758.08"),
    ] as [(Int64, String)])
    func formatsTwoDecimals(cents: Int64, text: String) {
        #expect(Cents(cents).decimalString == text)
        #expect("\(Cents(cents))" == text)
    }

    @Test func parsingInvertsFormattingForRandomAmounts() throws {
        var generator = SplitMix64(seed: 0xF0_4A7)
        for _ in 0..<10_000 {
            let amount = Cents(generator.interestingInt64())
            #expect(try Cents(parsing: amount.decimalString) == amount)
        }
    }

    @Test func formattingInvertsParsingForRandomCanonicalStrings() throws {
        var generator = SplitMix64(seed: 0x57_12)
        for _ in 0..<10_000 {
            let whole = UInt64.random(in: 0...92_233_720_368_547_757, using: &generator)
            let fraction = UInt64.random(in: 0...99, using: &generator)
            let negative = Bool.random(using: &generator) && (whole, fraction) != (0, 0)
            let text = (negative ? "-" : "") + "\(whole)." + (fraction < 10 ? "0" : "") + "\(fraction)"
            let magnitude = Int64(whole * 100 + fraction)
            let parsed = try Cents(parsing: text)
            #expect(parsed == Cents(negative ? -magnitude : magnitude), "\(text)")
            #expect(parsed.decimalString == text)
        }
    }
}
