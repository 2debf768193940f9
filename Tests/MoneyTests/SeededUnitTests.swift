import Money
import TestSupport
import Testing

struct SeededUnitTests {
    /// Vectors computed independently with Python:
    /// `v = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"); (v >> 11) / 2**53`.
    @Test(arguments: [
        ("", 8_011_147_086_339_971, 0.8894159948913373),
        ("a", 7_128_065_739_670_391, 0.7913742705223815),
        ("seed:p1:jitter", 1_914_741_236_962_167, 0.21257898074746506),
        ("42:prod-0001:sample", 8_255_029_445_936_992, 0.9164923759837897),
        ("héllo wörld", 5_664_717_991_351_426, 0.6289100342006722),
        ("7:X:jitter", 8_738_899_876_261_963, 0.9702127852519963),
    ] as [(String, Int64, Double)])
    func matchesIndependentlyComputedVectors(key: String, top53Bits: Int64, value: Double) {
        // Both forms are exact: 53-bit integers and their quotient by 2^53 are representable.
        #expect(seededUnit(key) == Double(top53Bits) / 9_007_199_254_740_992)
        #expect(seededUnit(key) == value)
    }

    @Test func staysInTheHalfOpenUnitIntervalAndUsesAllOfIt() {
        var generator = SplitMix64(seed: 0x5EED)
        var smallest = 1.0
        var largest = 0.0
        for index in 0..<20_000 {
            let value = seededUnit("\(generator.next()):\(index):jitter")
            #expect(value >= 0 && value < 1, "\(value)")
            smallest = min(smallest, value)
            largest = max(largest, value)
        }
        #expect(smallest < 0.001)
        #expect(largest > 0.999)
    }

    @Test func dependsOnTheWholeKey() {
        #expect(seededUnit("1:p:jitter") != seededUnit("1:p:sample"))
        #expect(seededUnit("1:p:jitter") == seededUnit("1:p:jitter"))
    }
}
