/// Splits `total` in proportion to `weights` so that the shares sum to `total` exactly
/// (largest-remainder method, also called Hamilton's method).
///
/// Share `i` is `floor(total × weights[i] / Σweights)` plus at most one extra cent. The cents
/// left over by flooring go one each to the shares with the largest remainders; equal remainders
/// go to the lower index, so the result is a pure function of the inputs. Callers that need a
/// canonical order (D000-23: weight descending, then productId) sort `weights` that way first.
///
/// ```swift
/// try apportion(100, weights: [1, 1, 1])  // [34, 33, 33]
/// try apportion(10, weights: [0, 3, 1])   // [0, 8, 2]
/// ```
///
/// The products `total × weight` are formed in 128 bits, so any `Int64` weights work as long as
/// their sum fits in `Int64`.
///
/// - Throws: ``MoneyError/negativeTotal(_:)``, ``MoneyError/negativeWeight(index:weight:)``,
///   ``MoneyError/zeroWeightSum`` when no weight is positive (including no weights), and
///   ``MoneyError/overflow`` when the weights' sum exceeds `Int64.max`.
public func apportion(_ total: Cents, weights: [Int64]) throws(MoneyError) -> [Cents] {
    guard total >= .zero else { throw .negativeTotal(total) }
    let weightSum = try sumOfWeights(weights)
    let divisor = UInt64(weightSum)
    let amount = UInt64(total.rawValue)

    var shares = [Cents]()
    shares.reserveCapacity(weights.count)
    var remainders = [UInt64]()
    remainders.reserveCapacity(weights.count)
    var allotted: UInt64 = 0
    for weight in weights {
        // weight ≤ Σweights, so the quotient is ≤ total and fits; dividingFullWidth cannot trap.
        let (quotient, remainder) = divisor.dividingFullWidth(amount.multipliedFullWidth(by: UInt64(weight)))
        shares.append(Cents(Int64(quotient)))
        remainders.append(remainder)
        allotted += quotient
    }

    // Σremainder = leftover × Σweights with every remainder < Σweights, so more than `leftover`
    // remainders are positive and zero weights never receive an extra cent.
    let leftover = Int(amount - allotted)
    guard leftover > 0 else { return shares }
    let largest = remainders.indices.sorted { lhs, rhs in
        remainders[lhs] != remainders[rhs] ? remainders[lhs] > remainders[rhs] : lhs < rhs
    }
    for index in largest.prefix(leftover) {
        shares[index].rawValue += 1
    }
    return shares
}

/// Σweights after checking that no weight is negative and that the sum is positive and fits.
private func sumOfWeights(_ weights: [Int64]) throws(MoneyError) -> Int64 {
    // Negative weights are checked first so they are reported even when the sum also overflows.
    if let index = weights.firstIndex(where: { $0 < 0 }) {
        throw .negativeWeight(index: index, weight: weights[index])
    }
    var sum: Int64 = 0
    for weight in weights {
        let (partial, overflow) = sum.addingReportingOverflow(weight)
        guard !overflow else { throw .overflow }
        sum = partial
    }
    guard sum > 0 else { throw .zeroWeightSum }
    return sum
}
