import Money
import Testing

struct RoundHalfUpTests {
    @Test(arguments: [
        (5 * 0.7, 4),  // exactly 3.5 in IEEE-754 (the decision's example needs no guard)
        (10 * 1.15, 12),  // 11.499999999999998: the 1e-9 guard rounds it up
        (2.5, 3), (-2.5, -2), (1.5, 2), (-1.5, -1), (0.5, 1), (-0.5, 0),
        (2.4, 2), (-2.4, -2), (2.6, 3), (-2.6, -3), (0, 0), (7, 7), (-7, -7),
        (0.4999999995, 1),  // within the guard of the half: treated as a tie
        (0.499999998, 0),  // outside the guard
        (999_999.5, 1_000_000),
    ] as [(Double, Double)])
    func roundsHalvesUp(value: Double, expected: Double) {
        #expect(roundHalfUp(value) == expected)
    }

    @Test func differsFromSwiftRoundedOnlyAtNegativeTies() {
        #expect((-2.5).rounded() == -3)
        #expect(roundHalfUp(-2.5) == -2)
        #expect(roundHalfUp(2.5) == (2.5).rounded())
    }
}
