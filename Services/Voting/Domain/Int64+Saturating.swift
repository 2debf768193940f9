extension Int64 {
    /// `self + other`, pinned at the bounds instead of trapping: counters and XP totals come
    /// from stored state, and a corrupt value must not crash the enricher.
    func saturatingAdd(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }
}
