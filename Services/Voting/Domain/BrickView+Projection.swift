import Foundation
import Money
import PricingDomain

/// Why a brick event was refused; nothing is stored for it (it is dead-lettered with this).
public enum BrickViewError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A cycle id that is not `UUIDv5(brickId:cycleNumber)` (P-04): the sender and voting
    /// disagree about the brick's cycles.
    case cycleIdMismatch(field: String, expected: UUID, got: UUID)
    /// A field outside its range.
    case outOfRange(field: String, value: String)

    public var description: String {
        switch self {
        case .cycleIdMismatch(let field, let expected, let got):
            "\(field) is \(got.uuidString.lowercased()), expected \(expected.uuidString.lowercased()) (P-04)"
        case .outOfRange(let field, let value): "\(field) is out of range: \(value)"
        }
    }
}

extension BrickView {
    /// The brick-view projection (P-02): `current` after `update`, or `nil` when there is nothing
    /// to store (a duplicate, a stale report, or a freeze change for a brick never seen).
    ///
    /// Pricing's events may arrive late or twice (competing consumers, redelivery), so each
    /// kind only moves the view forward: state reports are ordered by (cycle, applied brickSeq,
    /// recheck epoch), which all only grow in pricing; a cycle reset applies only to a newer
    /// cycle; a freeze starts only with a newer deadline. Voting's own `lastBrickSeq` is never
    /// taken from an event.
    public static func projecting(_ update: BrickViewUpdate, onto current: BrickView?) throws(BrickViewError) -> BrickView? {
        switch update {
        case .listed(let brickId, let baselinePrice):
            try check(price: baselinePrice, field: "baselinePriceCents")
            return current == nil ? BrickView(brickId: brickId, livePrice: baselinePrice) : nil
        case .stateUpdated(let report):
            return try applying(report, onto: current)
        case .freezeChanged(_, let freezeMode, let freezeUntil):
            try check(freezeMode: freezeMode, until: freezeUntil)
            return current?.applyingFreeze(freezeMode, until: freezeUntil)
        case .cycleReset(let closure):
            return try applying(closure, onto: current)
        }
    }

    private static func applying(_ report: BrickStateReport, onto current: BrickView?) throws(BrickViewError) -> BrickView? {
        try check(price: report.livePrice, field: "livePriceCents")
        try check(cycleNumber: report.cycleNumber, field: "cycleNumber", minimum: 1)
        guard report.recheckEpoch >= 0, report.appliedBrickSeq >= 0 else {
            throw .outOfRange(field: "recheckEpoch/appliedBrickSeq", value: "\(report.recheckEpoch)/\(report.appliedBrickSeq)")
        }
        try check(cycleId: report.cycleId, of: report.brickId, number: report.cycleNumber, field: "cycleId")
        try check(freezeMode: report.freezeMode, until: report.freezeUntil)
        if let current {
            let reported = (report.cycleNumber, report.appliedBrickSeq, report.recheckEpoch)
            guard reported >= (current.cycleNumber, current.appliedBrickSeq, current.recheckEpoch) else { return nil }
        }
        var view = current ?? BrickView(brickId: report.brickId, livePrice: report.livePrice)
        view.livePrice = report.livePrice
        view.cycleNumber = report.cycleNumber
        view.freezeMode = report.freezeMode
        view.freezeUntil = report.freezeMode ? report.freezeUntil : nil
        if let until = view.freezeUntil, view.latestFreezeUntil.map({ until > $0 }) ?? true {
            view.latestFreezeUntil = until
        }
        view.needsRecheck = report.needsRecheck
        view.recheckEpoch = report.recheckEpoch
        view.appliedBrickSeq = report.appliedBrickSeq
        return view == current ? nil : view
    }

    private static func applying(_ closure: CycleClosure, onto current: BrickView?) throws(BrickViewError) -> BrickView? {
        try check(price: closure.cycleEndPrice, field: "cycleEndPriceCents")
        try check(cycleNumber: closure.newCycleNumber, field: "newCycleNumber", minimum: 2)
        try check(cycleId: closure.newCycleId, of: closure.brickId, number: closure.newCycleNumber, field: "newCycleId")
        try check(
            cycleId: closure.closedCycleId, of: closure.brickId, number: closure.closedCycleNumber, field: "closedCycleId")
        guard var view = current, closure.newCycleNumber > view.cycleNumber else { return nil }
        // The freeze flag is left alone: a freeze entered on the resetting vote continues into
        // the new cycle (P-20), and a freeze exit comes with its own `brick.freeze.changed`.
        view.cycleNumber = closure.newCycleNumber
        view.livePrice = closure.cycleEndPrice
        return view
    }

    /// A freeze starts only with a deadline newer than any seen; it ends only if on.
    private func applyingFreeze(_ freezeMode: Bool, until: Date?) -> BrickView? {
        var view = self
        if freezeMode {
            guard let until, latestFreezeUntil.map({ until > $0 }) ?? true else { return nil }
            view.freezeMode = true
            view.freezeUntil = until
            view.latestFreezeUntil = until
        } else {
            guard self.freezeMode else { return nil }
            view.freezeMode = false
            view.freezeUntil = nil
        }
        return view
    }

    private static func check(price: Cents, field: String) throws(BrickViewError) {
        guard price >= .zero else { throw .outOfRange(field: field, value: "\(price.rawValue)") }
    }

    private static func check(freezeMode: Bool, until: Date?) throws(BrickViewError) {
        guard !freezeMode || until != nil else { throw .outOfRange(field: "freezeUntil", value: "missing while frozen") }
    }

    private static func check(cycleNumber: Int, field: String, minimum: Int) throws(BrickViewError) {
        guard cycleNumber >= minimum else { throw .outOfRange(field: field, value: "\(cycleNumber)") }
    }

    private static func check(cycleId: UUID, of brickId: UUID, number: Int, field: String) throws(BrickViewError) {
        let expected = CycleId.derive(brickId: brickId, cycleNumber: number)
        guard cycleId == expected else { throw .cycleIdMismatch(field: field, expected: expected, got: cycleId) }
    }
}
