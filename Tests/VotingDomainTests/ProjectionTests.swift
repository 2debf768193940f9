import Foundation
import Money
import PricingDomain
import Testing
@testable import VotingDomain

/// P-02: the brick view projected from brick.listed / state.updated / freeze.changed / cycle.reset.
struct ProjectionTests {
    private let brick = Fixture.brick

    private func report(cycle: Int = 1, seq: Int64 = 0, epoch: Int = 0, price: Cents = 11_000, frozenUntil: Date? = nil) -> BrickStateReport {
        BrickStateReport(
            brickId: brick, livePrice: price, cycleId: CycleId.derive(brickId: brick, cycleNumber: cycle), cycleNumber: cycle,
            freezeMode: frozenUntil != nil, freezeUntil: frozenUntil, needsRecheck: epoch > 0, recheckEpoch: epoch,
            appliedBrickSeq: seq)
    }

    private func closure(newCycle: Int, end: Cents = 12_000, direction: CycleDirection = .up) -> CycleClosure {
        CycleClosure(
            brickId: brick, closedCycleId: CycleId.derive(brickId: brick, cycleNumber: newCycle - 1),
            newCycleId: CycleId.derive(brickId: brick, cycleNumber: newCycle), newCycleNumber: newCycle,
            cycleEndPrice: end, direction: direction)
    }

    @Test("brick.listed creates cycle 1 at the baseline; a second listing changes nothing")
    func listed() throws {
        let view = try #require(try BrickView.projecting(.listed(brickId: brick, baselinePrice: 5_000), onto: nil))
        #expect(view == BrickView(brickId: brick, livePrice: 5_000))
        #expect(try BrickView.projecting(.listed(brickId: brick, baselinePrice: 9_000), onto: view) == nil)
        #expect(throws: BrickViewError.self) { try BrickView.projecting(.listed(brickId: brick, baselinePrice: -1), onto: nil) }
    }

    @Test("brick.state.updated moves the view forward and keeps voting's own lastBrickSeq")
    func stateUpdated() throws {
        let current = BrickView(brickId: brick, livePrice: 10_000, appliedBrickSeq: 3, lastBrickSeq: 9)
        let view = try #require(try BrickView.projecting(.stateUpdated(report(seq: 5, epoch: 1)), onto: current))
        #expect(view.livePrice == 11_000 && view.appliedBrickSeq == 5 && view.recheckEpoch == 1 && view.needsRecheck)
        #expect(view.lastBrickSeq == 9)
    }

    @Test("a stale brick.state.updated (older cycle, seq or epoch) is ignored")
    func staleStateIgnored() throws {
        let current = BrickView(brickId: brick, livePrice: 10_000, cycleNumber: 2, needsRecheck: true, recheckEpoch: 1, appliedBrickSeq: 5)
        #expect(try BrickView.projecting(.stateUpdated(report(cycle: 1, seq: 9, epoch: 1)), onto: current) == nil)
        #expect(try BrickView.projecting(.stateUpdated(report(cycle: 2, seq: 4, epoch: 1)), onto: current) == nil)
        #expect(try BrickView.projecting(.stateUpdated(report(cycle: 2, seq: 5, epoch: 0)), onto: current) == nil)
        #expect(try BrickView.projecting(.stateUpdated(report(cycle: 2, seq: 5, epoch: 1, price: 10_000)), onto: current) == nil)
    }

    @Test("P-04 a cycle id that is not UUIDv5(brick:number) is refused")
    func cycleIdMismatch() {
        var bad = report(cycle: 2)
        bad.cycleId = CycleId.derive(brickId: brick, cycleNumber: 3)
        #expect(throws: BrickViewError.self) { try BrickView.projecting(.stateUpdated(bad), onto: nil) }
        var wrongClosed = closure(newCycle: 3)
        wrongClosed.closedCycleId = wrongClosed.newCycleId
        #expect(throws: BrickViewError.self) { try BrickView.projecting(.cycleReset(wrongClosed), onto: nil) }
    }

    @Test("brick.freeze.changed: on with a newer deadline, off only when on; stale re-freeze ignored")
    func freezeChanged() throws {
        let until = Fixture.noon
        let view = BrickView(brickId: brick, livePrice: 10_000)
        let frozen = try #require(try BrickView.projecting(.freezeChanged(brickId: brick, freezeMode: true, freezeUntil: until), onto: view))
        #expect(frozen.freezeMode && frozen.freezeUntil == until)
        let thawed = try #require(try BrickView.projecting(.freezeChanged(brickId: brick, freezeMode: false, freezeUntil: nil), onto: frozen))
        #expect(!thawed.freezeMode && thawed.freezeUntil == nil)
        #expect(try BrickView.projecting(.freezeChanged(brickId: brick, freezeMode: true, freezeUntil: until), onto: thawed) == nil)
        #expect(try BrickView.projecting(.freezeChanged(brickId: brick, freezeMode: false, freezeUntil: nil), onto: thawed) == nil)
        #expect(try BrickView.projecting(.freezeChanged(brickId: brick, freezeMode: true, freezeUntil: until), onto: nil) == nil)
        #expect(throws: BrickViewError.self) {
            try BrickView.projecting(.freezeChanged(brickId: brick, freezeMode: true, freezeUntil: nil), onto: view)
        }
    }

    @Test("brick.cycle.reset advances to a newer cycle at the end price; older or same cycle ignored")
    func cycleReset() throws {
        let view = BrickView(brickId: brick, livePrice: 10_000, cycleNumber: 2, freezeMode: true, freezeUntil: Fixture.noon)
        let next = try #require(try BrickView.projecting(.cycleReset(closure(newCycle: 3)), onto: view))
        #expect(next.cycleNumber == 3 && next.livePrice == 12_000)
        #expect(next.freezeMode, "P-20: a freeze entered on the resetting vote continues")
        #expect(try BrickView.projecting(.cycleReset(closure(newCycle: 2)), onto: view) == nil)
    }

    @Test("a timed-out freeze advanced by voting ignores pricing's late reset to the same cycle")
    func timeoutThenReset() throws {
        let until = Fixture.noon
        var state = Fixture.state(bricks: [BrickView(brickId: brick, livePrice: 10_000, freezeMode: true, freezeUntil: until)])
        _ = try Fixture.enrich(Fixture.intent(at: until), &state)
        let view = try #require(state.bricks[brick])
        #expect(view.cycleNumber == 2)
        #expect(try BrickView.projecting(.cycleReset(closure(newCycle: 2, end: 10_000, direction: .none)), onto: view) == nil)
        #expect(try BrickView.projecting(.freezeChanged(brickId: brick, freezeMode: true, freezeUntil: until), onto: view) == nil)
    }
}
