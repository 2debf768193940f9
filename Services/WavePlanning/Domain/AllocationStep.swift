/// One step of the allocation that decided a product's spend, for the explain trace.
public enum AllocationStep: Sendable, Equatable, Codable {
    /// D000-24: its share `floor(B·w/W)` was below minSpendEff, so it left the wave.
    case droppedBelowMinimum(shareCents: Int64, minimumCents: Int64)
    /// D000-28: one entitlement round: the proportional share, the live room, what was granted.
    case entitlement(round: Int, shareCents: Int64, roomCents: Int64, grantedCents: Int64)
    /// D000-29: `q = floor(target / price)` and the credit left with the product.
    case converted(units: Int64, spendCents: Int64, creditCents: Int64)
    /// D000-29: one largest-remainder top-up unit.
    case toppedUp(pass: Int, unitPriceCents: Int64)
}
