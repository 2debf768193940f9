import Money
import TestSupport
import Testing

struct ApportionmentPropertyTests {
    /// Random weights of every scale: zeros, small integers (many ties), and huge values whose sum
    /// still fits in Int64.
    private static func randomWeights(using generator: inout SplitMix64) -> [Int64] {
        let count = Int.random(in: 1...40, using: &generator)
        let ceiling: Int64 = switch Int.random(in: 0..<3, using: &generator) {
        case 0: 5
        case 1: 1_000_000
        default: Int64.max / Int64(count)
        }
        var weights = (0..<count).map { _ in
            Int.random(in: 0..<5, using: &generator) == 0 ? 0 : Int64.random(in: 0...ceiling, using: &generator)
        }
        if weights.allSatisfy({ $0 == 0 }) { weights[0] = 1 }
        return weights
    }

    private static func randomTotal(using generator: inout SplitMix64) -> Cents {
        Cents(abs(generator.interestingInt64() / 2))
    }

    /// Checks every promised property of one apportionment against exact Int128 quotas.
    private static func verify(_ shares: [Cents], total: Cents, weights: [Int64]) {
        let weightSum = weights.reduce(Int128(0)) { $0 + Int128($1) }
        #expect(shares.count == weights.count)
        #expect(shares.reduce(Int128(0)) { $0 + Int128($1.rawValue) } == Int128(total.rawValue))

        let quotas = weights.map { ExactReference.floorDivision(Int128(total.rawValue) * Int128($0), weightSum) }
        var receivers = [Int]()
        var others = [Int]()
        for (index, share) in shares.enumerated() {
            let extra = Int128(share.rawValue) - quotas[index].quotient
            #expect(extra == 0 || extra == 1, "share \(index) is \(extra) above its floor quota")
            if weights[index] == 0 { #expect(share == .zero) }
            if extra == 1 { receivers.append(index) } else { others.append(index) }
        }
        // Every extra cent went to a remainder at least as large, ties to the lower index.
        for receiver in receivers {
            for other in others {
                let (mine, theirs) = (quotas[receiver].remainder, quotas[other].remainder)
                #expect(mine > theirs || (mine == theirs && receiver < other), "\(receiver) vs \(other)")
            }
        }
    }

    @Test func conservesTheTotalAndFollowsLargestRemainders() throws {
        var generator = SplitMix64(seed: 0xA9_9017)
        for _ in 0..<3_000 {
            let weights = Self.randomWeights(using: &generator)
            let total = Self.randomTotal(using: &generator)
            let shares = try apportion(total, weights: weights)
            Self.verify(shares, total: total, weights: weights)
            #expect(try apportion(total, weights: weights) == shares, "same input, same output")
        }
    }

    @Test func equalWeightsGiveTheExtraCentsToLowerIndices() throws {
        var generator = SplitMix64(seed: 0xE9_0A1)
        for _ in 0..<3_000 {
            let count = Int64.random(in: 1...50, using: &generator)
            let weight = Int64.random(in: 1...(Int64.max / count), using: &generator)
            let total = Self.randomTotal(using: &generator)
            let shares = try apportion(total, weights: Array(repeating: weight, count: Int(count)))
            let (base, extras) = total.rawValue.quotientAndRemainder(dividingBy: count)
            let expected = (0..<count).map { Cents(base + ($0 < extras ? 1 : 0)) }
            #expect(shares == expected, "\(total) over \(count) × \(weight)")
        }
    }

    /// Reordering the weights moves each share with its weight. Only shares whose remainders tie
    /// can trade an extra cent by position, so per remainder value the number of extra cents is
    /// the same in both orders (and a share with a unique remainder keeps its exact value).
    @Test func permutingTheWeightsPermutesTheShares() throws {
        var generator = SplitMix64(seed: 0x9E_2A17)
        for _ in 0..<2_000 {
            let weights = Self.randomWeights(using: &generator)
            let total = Self.randomTotal(using: &generator)
            let order = weights.indices.shuffled(using: &generator)
            let shuffled = order.map { weights[$0] }
            let original = try apportion(total, weights: weights)
            let permuted = try apportion(total, weights: shuffled)
            Self.verify(permuted, total: total, weights: shuffled)
            #expect(Self.extrasByRemainder(original, total: total, weights: weights)
                == Self.extrasByRemainder(permuted, total: total, weights: shuffled))
        }
    }

    /// For each remainder value, how many shares above their floor quota it received.
    private static func extrasByRemainder(_ shares: [Cents], total: Cents, weights: [Int64]) -> [Int128: Int128] {
        let weightSum = weights.reduce(Int128(0)) { $0 + Int128($1) }
        var extras = [Int128: Int128]()
        for (weight, share) in zip(weights, shares) {
            let quota = ExactReference.floorDivision(Int128(total.rawValue) * Int128(weight), weightSum)
            extras[quota.remainder, default: 0] += Int128(share.rawValue) - quota.quotient
        }
        return extras
    }

    @Test func reportsOverflowExactlyWhenTheWeightSumDoesNotFit() {
        var generator = SplitMix64(seed: 0x0F_10)
        var overflows = 0
        for _ in 0..<3_000 {
            let weights = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                Int64.random(in: 0...(Int64.max / 2), using: &generator) + Int64.random(in: 0...1, using: &generator)
            }
            let sum = weights.reduce(Int128(0)) { $0 + Int128($1) }
            let result = outcome { () throws(MoneyError) in try apportion(100, weights: weights) }
            if sum > Int128(Int64.max) {
                overflows += 1
                #expect(result == .failure(.overflow), "\(weights)")
            } else if sum == 0 {
                #expect(result == .failure(.zeroWeightSum))
            } else {
                #expect(throws: Never.self, "\(weights)") { try result.get() }
            }
        }
        #expect(overflows > 500)
        #expect(overflows < 2_500)
    }
}
