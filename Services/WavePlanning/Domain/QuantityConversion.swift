extension AllocationWork {
    /// D000-29: `q = floor(target / price)` on top of what earlier passes bought.
    mutating func convertToUnits() {
        for index in entries.indices where entries[index].isRecipient {
            let entry = entries[index]
            let extra = min(max(0, target[index] - entry.boughtSpendCents) / entry.priceCents, entry.maxUnits - entry.boughtUnits)
            units[index] = entry.boughtUnits + extra
            spend[index] = entry.boughtSpendCents + extra * entry.priceCents
            steps[index].append(.converted(units: units[index], spendCents: spend[index], creditCents: target[index] - spend[index]))
        }
    }

    /// D000-29: largest-remainder top-up passes with `M = B − Σspend`.
    ///
    /// Candidates (below their unit cap) are sorted by credit ratio `(target − spend) / price`
    /// descending, an exact rational compared by cross-multiplication, canonical order breaking
    /// ties. In one pass each gets at most one unit, and only while `M ≥ minSpendEff`,
    /// `price ≤ M` and its company stays within its cap. Passes repeat until one buys nothing or
    /// `M < minSpendEff`. Products that deserved 0.9 of a unit get it before those that deserved 0.1.
    mutating func topUp(minSpendCents: Int64) {
        var leftover = budget - spend.reduce(0, +)
        var companySpent = totalsByCompany(spend)
        var pass = 0
        while leftover >= minSpendCents && leftover > 0 {
            pass += 1
            let candidates = entries.indices
                .filter { entries[$0].isRecipient && units[$0] < entries[$0].maxUnits }
                .sorted(by: creditRatioPrecedes)
            var bought = false
            for index in candidates {
                guard leftover >= minSpendCents else { break }
                let entry = entries[index]
                let companyAfter = companySpent[entry.companyId, default: 0] + entry.priceCents
                guard entry.priceCents <= leftover, companyAfter <= companyCap(entry.companyId) else { continue }
                units[index] += 1
                spend[index] += entry.priceCents
                leftover -= entry.priceCents
                companySpent[entry.companyId] = companyAfter
                steps[index].append(.toppedUp(pass: pass, unitPriceCents: entry.priceCents))
                bought = true
            }
            guard bought else { return }
        }
    }

    /// Credit ratio descending; indices are already in canonical order, so ties keep it.
    private func creditRatioPrecedes(_ lhs: Int, _ rhs: Int) -> Bool {
        let left = Int128(target[lhs] - spend[lhs]) * Int128(entries[rhs].priceCents)
        let right = Int128(target[rhs] - spend[rhs]) * Int128(entries[lhs].priceCents)
        return left != right ? left > right : lhs < rhs
    }
}
