import Money

extension AllocationWork {
    /// D000-24: on a fresh plan, while the last allocatable product in canonical order (lowest
    /// weight) has `floor(B·w/W) < minSpendEff`, drop it and remove its weight from W.
    ///
    /// One at a time, weakest first: dropping all below-minimum products at once could drop
    /// everything when shares are equal. Dropped products stay out for the whole wave. The budget
    /// is never exceeded and tiny orders disappear.
    mutating func dropBelowMinimum(_ minSpendCents: Int64) throws(MoneyError) {
        var live = entries.indices.filter { entries[$0].isRecipient }
        var weightSum = live.reduce(Int64(0)) { $0 + entries[$1].weight }
        while let last = live.last {
            let share = try Cents.scaled(budget, numerator: entries[last].weight, denominator: weightSum, rounding: .floor)
            guard share < minSpendCents else { return }
            entries[last].isFrozen = true
            steps[last].append(.droppedBelowMinimum(shareCents: share, minimumCents: minSpendCents))
            dropped.append(entries[last].productId)
            weightSum -= entries[last].weight
            live.removeLast()
        }
    }
}
