import Foundation

/// One entry of a brick's pricing ledger (P-03): a recorded vote, or a control entry the
/// service appended when a freeze timed out or a recheck happened. The ledger alone rebuilds
/// the state (Principle 6).
public enum LedgerEntry: Sendable, Hashable, Codable {
    case vote(RecordedVote)
    case control(ControlEntry)

    public var brickId: UUID {
        switch self {
        case .vote(let vote): vote.brickId
        case .control(let entry): entry.brickId
        }
    }

    /// The entry's place in the application order.
    public var position: LedgerPosition {
        switch self {
        case .vote(let vote): LedgerPosition(brickSeq: vote.brickSeq, control: 0)
        case .control(let entry): entry.position
        }
    }
}

/// A ledger entry that pricing itself appends (P-03, P-22, P-23).
public struct ControlEntry: Sendable, Hashable, Codable {
    public var brickId: UUID
    public var position: LedgerPosition
    /// When it happened (the minute job's `now`, or the recheck request's time).
    public var at: Date
    public var kind: ControlKind

    public init(brickId: UUID, position: LedgerPosition, at: Date, kind: ControlKind) {
        self.brickId = brickId
        self.position = position
        self.at = at
        self.kind = kind
    }
}

/// What a control entry does.
public enum ControlKind: Sendable, Hashable, Codable {
    /// The freeze deadline passed (P-22).
    case freezeTimeout
    /// A recheck (P-23), asked for by ops or triggered by a dead brick.
    case recheck(RecheckOrigin)
}

/// Who asked for a recheck (P-23).
public enum RecheckOrigin: Sendable, Hashable, Codable {
    /// `brick.recheck.requested` from ops, with its reason.
    case operatorRequest(reason: String)
    /// No applied vote for 30 days.
    case deadBrick
}
