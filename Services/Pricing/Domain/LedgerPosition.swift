/// Where an entry sits in a brick's ledger, which is the order entries apply in (P-03).
///
/// A vote sits at `(brickSeq, 0)`. A control entry (freeze timeout, recheck) is appended when it
/// happens, right after the vote applied last, at `(appliedBrickSeq, k)` for the k-th control
/// entry since that vote. Sorting by position therefore replays exactly the order the live
/// service applied, while votes keep voting's gap-free `brickSeq`.
public struct LedgerPosition: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The vote sequence this entry is at or follows.
    public var brickSeq: Int64
    /// 0 for the vote itself, k ≥ 1 for the k-th control entry after it.
    public var control: Int

    public init(brickSeq: Int64, control: Int) {
        self.brickSeq = brickSeq
        self.control = control
    }

    public static func < (lhs: LedgerPosition, rhs: LedgerPosition) -> Bool {
        (lhs.brickSeq, lhs.control) < (rhs.brickSeq, rhs.control)
    }

    public var description: String { "brickSeq \(brickSeq)/control \(control)" }
}
