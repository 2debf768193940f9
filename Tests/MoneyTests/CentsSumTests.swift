import Money
import TestSupport
import Testing

struct CentsSumTests {
    @Test func sumsAmounts() throws {
        #expect(try [Cents]().sum() == .zero)
        #expect(try [Cents(1_234), -34, 800].sum() == 2_000)
    }

    @Test func toleratesIntermediateOverflowWhenTheTotalFits() throws {
        #expect(try [Cents(.max), 1, -1].sum() == Cents(.max))
        #expect(try [Cents(.min), -1, Cents(.max), 2].sum() == 0)
        #expect(try [Cents(.max), Cents(.max), Cents(.min), Cents(.min), Cents(.max)].sum() == Cents(.max - 2))
    }

    @Test func reportsOverflowWhenTheTotalDoesNotFit() {
        #expect(throws: MoneyError.overflow) { try [Cents(.max), 1].sum() }
        #expect(throws: MoneyError.overflow) { try [Cents(.min), -1, 0].sum() }
        #expect(throws: MoneyError.overflow) { try [Cents(.max), Cents(.max), Cents(.max), Cents(.min)].sum() }
    }

    @Test func matchesTheExactTotalOnRandomSequences() {
        var generator = SplitMix64(seed: 0x5_0_3)
        var overflows = 0
        let trials = 5_000
        for _ in 0..<trials {
            let count = Int.random(in: 0...12, using: &generator)
            let amounts = (0..<count).map { _ in Cents(generator.interestingInt64()) }
            let exact = amounts.reduce(Int128(0)) { $0 + Int128($1.rawValue) }
            let expected = ExactReference.expected(exact)
            #expect(outcome { () throws(MoneyError) in try amounts.sum().rawValue } == expected, "\(amounts)")
            if case .failure = expected { overflows += 1 }
        }
        #expect(overflows > trials / 20)
        #expect(overflows < trials - trials / 20)
    }
}
