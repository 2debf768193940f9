import Foundation
import PricingDomain
import Testing

/// P-03: strict brickSeq order, holding later votes until a gap fills.
struct LedgerSequencerTests {
    func vote(_ seq: Int64, user: Int = 1) throws -> RecordedVote {
        var vote = try Fixture.vote(.over, on: try Fixture.state(), user: user, at: Fixture.time(Double(seq)))
        vote.brickSeq = seq
        vote.voteEventId = 1_000 + seq
        return vote
    }

    @Test("P-03: after seq 3, votes 4 and 5 are ready, 7 waits for 6, and 2 and a second 4 are duplicates")
    func release() throws {
        let firstFour = try vote(4, user: 1)
        let secondFour = try vote(4, user: 2)
        let release = LedgerSequencer.release(
            after: 3, held: [try vote(5), firstFour, try vote(7), secondFour, try vote(2)])
        #expect(release.ready.map(\.brickSeq) == [4, 5])
        #expect(release.ready.first == firstFour)
        #expect(release.waiting.map(\.brickSeq) == [7])
        #expect(release.duplicates.map(\.brickSeq).sorted() == [2, 4])
        #expect(release.duplicates.contains(secondFour))
        #expect(release.missingBrickSeq == 6)
    }

    @Test("P-03: nothing ready when the next sequence is missing; nothing waiting once the gap fills")
    func gapFills() throws {
        let waiting = LedgerSequencer.release(after: 0, held: [try vote(2), try vote(3)])
        #expect(waiting.ready.isEmpty && waiting.waiting.map(\.brickSeq) == [2, 3] && waiting.missingBrickSeq == 1)
        let filled = LedgerSequencer.release(after: 0, held: waiting.waiting + [try vote(1)])
        #expect(filled.ready.map(\.brickSeq) == [1, 2, 3] && filled.waiting.isEmpty && filled.missingBrickSeq == nil)
    }

    @Test("P-03: applyArrivals holds a vote past a gap and applies it when the gap fills")
    func arrivalsAcrossBatches() throws {
        let state = try Fixture.state()
        let first = try Fixture.vote(.over, on: state, user: 1, at: Fixture.time(1))
        let afterFirst = try PriceAggregator.apply(first, to: state, config: Fixture.config).state
        let second = try Fixture.vote(.over, on: afterFirst, user: 2, at: Fixture.time(2))

        let batch1 = try PriceAggregator.applyArrivals([second], held: [], to: state, config: Fixture.config)
        #expect(batch1.applied.isEmpty && batch1.waiting == [second] && batch1.state == state)
        let batch2 = try PriceAggregator.applyArrivals([first, first], held: batch1.waiting, to: batch1.state, config: Fixture.config)
        #expect(batch2.applied.count == 2 && batch2.waiting.isEmpty && batch2.duplicates == [first])
        #expect(batch2.state.appliedBrickSeq == 2 && batch2.state.counters.over == 2)
    }
}
