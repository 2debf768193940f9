import Foundation

/// Renders one field of a state as text for comparison.
typealias FieldText = @Sendable (BrickPriceState) -> String

/// One field on which two brick states disagree, with both values as text.
public struct StateFieldDifference: Sendable, Hashable, CustomStringConvertible {
    /// The field's name (the §4.1 column's camel-case name where there is one).
    public var field: String
    /// The value in the state ``BrickPriceState/differences(comparedTo:)`` was called on.
    public var value: String
    /// The value in the state passed as argument.
    public var otherValue: String

    public var description: String { "\(field): \(value) ≠ \(otherValue)" }
}

extension BrickPriceState {
    /// Every field on which this state and `other` differ, in a fixed order; empty when equal.
    ///
    /// `pricing replay` calls `replayed.differences(comparedTo: stored)` and reports each line.
    /// Doubles are compared bit-exactly through their shortest round-trip text, because a replay
    /// performs the same floating-point operations in the same order (Principle 6).
    public func differences(comparedTo other: BrickPriceState) -> [StateFieldDifference] {
        Self.comparedFields.compactMap { field, render in
            let mine = render(self)
            let theirs = render(other)
            return mine == theirs ? nil : StateFieldDifference(field: field, value: mine, otherValue: theirs)
        }
    }

    /// The explicit field list; a test proves it covers every stored property.
    static let comparedFields: [(String, FieldText)] = [
        ("brickId", { text($0.brickId) }),
        ("baselinePrice", { "\($0.baselinePrice)" }),
        ("livePrice", { "\($0.livePrice)" }),
        ("listedAt", { text($0.listedAt) }),
        ("cycleNumber", { "\($0.cycleNumber)" }),
        ("cycleId", { text($0.cycleId) }),
        ("cycleStartPrice", { "\($0.cycleStartPrice)" }),
        ("cycleStartedAt", { text($0.cycleStartedAt) }),
        ("weightedUnder", { "\($0.counters.under)" }),
        ("weightedFair", { "\($0.counters.fair)" }),
        ("weightedOver", { "\($0.counters.over)" }),
        ("weightedTotal", { "\($0.counters.total)" }),
        ("weightedSinceLastMove", { "\($0.counters.sinceLastMove)" }),
        ("pUnder", { "\($0.sentiment.pUnder)" }),
        ("pFair", { "\($0.sentiment.pFair)" }),
        ("pOver", { "\($0.sentiment.pOver)" }),
        ("pricingConfidence", { "\($0.pricingConfidence)" }),
        ("reliabilityScore", { "\($0.reliabilityScore)" }),
        ("momentumScore", { "\($0.momentumScore)" }),
        ("lastPriceUpdate", { text($0.lastPriceUpdate) }),
        ("lastHighConfidencePrice", { text($0.lastHighConfidence.map { "\($0.price)" }) }),
        ("lastHighConfidenceVotes", { text($0.lastHighConfidence.map { "\($0.weightedTotal)" }) }),
        ("lastConfidenceTimestamp", { text($0.lastHighConfidence.map { text($0.at) }) }),
        ("needsRecheck", { "\($0.needsRecheck)" }),
        ("recheckEpoch", { "\($0.recheckEpoch)" }),
        ("freezeMode", { "\($0.freezeMode)" }),
        ("freezeUntil", { text($0.freezeUntil.map(text)) }),
        ("appliedBrickSeq", { "\($0.appliedBrickSeq)" }),
        ("controlEntriesSinceVote", { "\($0.controlEntriesSinceVote)" }),
        ("lastVoteEventId", { text($0.lastVoteEventId.map { "\($0)" }) }),
        ("lastAppliedVoteAt", { text($0.lastAppliedVoteAt.map(text)) }),
        ("uniqueVoters", { $0.participation.verifiedVoters.map(text).sorted().joined(separator: ",") }),
        ("recentVotes", { $0.participation.recentVotes.map { "\(text($0.createdAt))@\(text($0.ipHash))" }.joined(separator: ",") }),
        ("updatedAt", { text($0.updatedAt) }),
    ]
}

private func text(_ id: UUID) -> String { id.uuidString.lowercased() }
private func text(_ date: Date) -> String { "\(date.timeIntervalSince1970)" }
private func text(_ optional: String?) -> String { optional ?? "null" }
