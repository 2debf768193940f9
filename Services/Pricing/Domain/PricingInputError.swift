import Foundation
import Money

/// Why the pricing core refused an input. Nothing changes when it throws.
public enum PricingInputError: Error, Equatable, Sendable {
    /// The entry belongs to another brick than the state it was applied to.
    case brickMismatch(expected: UUID, found: UUID)
    /// Entries must apply strictly in ledger order (P-03); `expected` is the next position.
    case outOfSequence(expected: LedgerPosition, found: LedgerPosition)
    /// `user_weight_at_vote` must be a finite number in [0, 1.25] (§9).
    case invalidWeight(voteEventId: Int64, weight: Double)
    /// A price is negative or beyond `NUMERIC(12,2)`; `field` names it.
    case priceOutOfRange(field: String, value: Cents)
    /// The logged fair range has its lower bound above its upper bound.
    case invertedFairRange(voteEventId: Int64, lower: Cents, upper: Cents)
    /// `base_step_at_vote` must be positive (§8).
    case nonPositiveBaseStep(voteEventId: Int64, baseStep: Cents)
    /// Cycle numbers start at 1 (P-04).
    case invalidCycleNumber(voteEventId: Int64, cycleNumber: Int)
    /// `brickSeq` starts at 1 (P-02).
    case invalidBrickSeq(voteEventId: Int64, brickSeq: Int64)
    /// A freeze-timeout entry for a brick that is not frozen or whose deadline is still ahead.
    case freezeTimeoutNotDue(freezeUntil: Date?, at: Date)
    /// Two different ledger entries claim the same position.
    case conflictingLedgerEntries(LedgerPosition)
}

extension PricingInputError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .brickMismatch(let expected, let found):
            "entry for brick \(found) applied to brick \(expected)"
        case .outOfSequence(let expected, let found):
            "ledger entry at \(found) applied out of order; next is \(expected)"
        case .invalidWeight(let id, let weight):
            "vote \(id): user weight \(weight) is not a finite number in [0, 1.25]"
        case .priceOutOfRange(let field, let value):
            "\(field) \(value) is outside [0, \(PriceBounds.maximum)]"
        case .invertedFairRange(let id, let lower, let upper):
            "vote \(id): fair range lower \(lower) is above upper \(upper)"
        case .nonPositiveBaseStep(let id, let baseStep):
            "vote \(id): base step \(baseStep) is not positive"
        case .invalidCycleNumber(let id, let number):
            "vote \(id): cycle number \(number) is below 1"
        case .invalidBrickSeq(let id, let seq):
            "vote \(id): brickSeq \(seq) is below 1"
        case .freezeTimeoutNotDue(let until, let at):
            "freeze timeout at \(at) but the brick is \(until.map { "frozen until \($0)" } ?? "not frozen")"
        case .conflictingLedgerEntries(let position):
            "two different ledger entries at \(position)"
        }
    }
}
