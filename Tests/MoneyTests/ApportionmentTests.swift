import Money
import Testing

struct ApportionmentTests {
    @Test(arguments: [
        (100, [1, 1, 1], [34, 33, 33]),
        (10, [0, 3, 1], [0, 8, 2]),  // 7.5 and 2.5 tie; the lower index gets the cent
        (10, [1, 3, 0], [3, 7, 0]),  // 2.5 and 7.5 tie again
        (7, [2, 5], [2, 5]),  // exact
        (1, [1, 1, 1, 1], [1, 0, 0, 0]),
        (3, [1, 1, 1, 4], [1, 0, 0, 2]),  // 0.43 ×3 and 1.71: 0.71 wins, then index 0 of the 0.43 ties
        (0, [1, 2], [0, 0]),
        (5, [9], [5]),
        (5_000, Array(repeating: 1, count: 20), Array(repeating: 250, count: 20)),  // D000-24's example
        (1_000, [0, 0, 7], [0, 0, 1_000]),
    ] as [(Int64, [Int64], [Int64])])
    func splitsByLargestRemainder(total: Int64, weights: [Int64], shares: [Int64]) throws {
        #expect(try apportion(Cents(total), weights: weights) == shares.map { Cents($0) })
    }

    @Test func handlesWeightsAndTotalsAtTheTopOfTheRange() throws {
        #expect(try apportion(Cents(.max), weights: [.max]) == [Cents(.max)])
        #expect(try apportion(Cents(.max), weights: [.max - 1, 1]) == [Cents(.max - 1), 1])
        #expect(try apportion(Cents(.max), weights: [1, .max - 1]) == [1, Cents(.max - 1)])
        // Σ = Int64.max - 1; each product total × weight needs ~100 bits.
        let third = Int64.max / 3
        #expect(try apportion(1_000_000_000_000, weights: [third, third, third])
            == [333_333_333_334, 333_333_333_333, 333_333_333_333])
        #expect(try apportion(Cents(.max), weights: [third, 0, third, third])
            == [3_074_457_345_618_258_603, 0, 3_074_457_345_618_258_602, 3_074_457_345_618_258_602])
    }

    @Test func rejectsInputsItCannotSplit() {
        #expect(throws: MoneyError.negativeTotal(-1)) { try apportion(-1, weights: [1]) }
        #expect(throws: MoneyError.negativeWeight(index: 1, weight: -3)) {
            try apportion(10, weights: [1, -3, -4])
        }
        #expect(throws: MoneyError.negativeWeight(index: 2, weight: -1)) {
            try apportion(10, weights: [.max, .max, -1])
        }
        #expect(throws: MoneyError.zeroWeightSum) { try apportion(10, weights: [0, 0]) }
        #expect(throws: MoneyError.zeroWeightSum) { try apportion(0, weights: [0]) }
        #expect(throws: MoneyError.zeroWeightSum) { try apportion(10, weights: []) }
        #expect(throws: MoneyError.overflow) { try apportion(10, weights: [.max, 1]) }
        #expect(throws: MoneyError.overflow) { try apportion(10, weights: [.max / 2 + 1, 0, .max / 2 + 1]) }
    }
}
