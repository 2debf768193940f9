import Money

extension AllocationWork {
    /// D000-28: water-filling entitlement rounds in cents.
    ///
    /// Each round splits `pool = B − Σtarget` over the recipients R (below their money cap, with
    /// their company below its cap) as `floor(pool·w/W_R)`, granting at most the live room
    /// `min(moneyCap − target, companyCap − companyTarget)`. Another round runs only if some
    /// product hit its room, so the loop ends in at most n + 1 rounds. Credit (a fractional unit)
    /// stays with its product, which keeps spend on the proportional target instead of drifting
    /// to cheap products as a "return the leftover to a pool" loop does.
    mutating func runEntitlementRounds() throws(MoneyError) {
        var companyTarget = totalsByCompany(target)
        var round = 0
        while true {
            let pool = budget - target.reduce(0, +)
            guard pool > 0 else { return }
            let recipients = entries.indices.filter { index in
                let entry = entries[index]
                return entry.isRecipient && target[index] < entry.moneyCapCents
                    && companyTarget[entry.companyId, default: 0] < companyCap(entry.companyId)
            }
            guard !recipients.isEmpty else { return }
            let weightSum = recipients.reduce(Int64(0)) { $0 + entries[$1].weight }
            round += 1
            var someoneHitRoom = false
            for index in recipients {
                let entry = entries[index]
                let share = try Cents.scaled(pool, numerator: entry.weight, denominator: weightSum, rounding: .floor)
                let companyRoom = companyCap(entry.companyId) - companyTarget[entry.companyId, default: 0]
                let room = max(0, min(entry.moneyCapCents - target[index], companyRoom))
                let granted = min(share, room)
                if share > room { someoneHitRoom = true }
                target[index] += granted
                companyTarget[entry.companyId, default: 0] += granted
                steps[index].append(.entitlement(round: round, shareCents: share, roomCents: room, grantedCents: granted))
            }
            guard someoneHitRoom else { return }
        }
    }
}
