import Foundation
import Money
import PricingDomain
import Testing

/// Bad input gets a typed error naming the problem; nothing traps.
struct InputValidationTests {
    let config = Fixture.config

    func nextVote() throws -> (BrickPriceState, RecordedVote) {
        let state = try Fixture.state()
        return (state, try Fixture.vote(.over, on: state, user: 1, at: Fixture.time(1)))
    }

    @Test("§9: weights that are NaN, infinite, negative or above 1.25 are refused", arguments: [Double.nan, .infinity, -0.1, 1.2500001])
    func invalidWeight(weight: Double) throws {
        let (state, valid) = try nextVote()
        var vote = valid
        vote.userWeightAtVote = weight
        let error = try #require(throws: PricingInputError.self) { try PriceAggregator.apply(vote, to: state, config: config) }
        guard case .invalidWeight(let id, _) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(id == vote.voteEventId)
    }

    @Test("P-03: a vote out of sequence or for another brick is refused")
    func sequenceAndBrick() throws {
        let (state, vote) = try nextVote()
        var skipped = vote
        skipped.brickSeq = 2
        #expect(throws: PricingInputError.outOfSequence(
            expected: LedgerPosition(brickSeq: 1, control: 0), found: LedgerPosition(brickSeq: 2, control: 0))) {
            try PriceAggregator.apply(skipped, to: state, config: config)
        }
        var elsewhere = vote
        elsewhere.brickId = Fixture.otherBrickId
        #expect(throws: PricingInputError.brickMismatch(expected: Fixture.brickId, found: Fixture.otherBrickId)) {
            try PriceAggregator.apply(elsewhere, to: state, config: config)
        }
        let control = ControlEntry(
            brickId: Fixture.brickId, position: LedgerPosition(brickSeq: 0, control: 2), at: Fixture.time(1),
            kind: .recheck(.deadBrick))
        #expect(throws: PricingInputError.outOfSequence(
            expected: LedgerPosition(brickSeq: 0, control: 1), found: LedgerPosition(brickSeq: 0, control: 2))) {
            try PriceAggregator.apply(control, to: state, config: config)
        }
    }

    @Test("prices, fair range, base step, cycle number and brickSeq are checked")
    func fieldChecks() throws {
        let (state, vote) = try nextVote()
        var negative = vote
        negative.livePriceAtVote = -1
        #expect(throws: PricingInputError.priceOutOfRange(field: "livePriceAtVote", value: -1)) {
            try PriceAggregator.apply(negative, to: state, config: config)
        }
        var huge = vote
        huge.fairRange.upper = Cents(Int64.max)
        #expect(throws: PricingInputError.priceOutOfRange(field: "fairRangeUpper", value: Cents(Int64.max))) {
            try PriceAggregator.apply(huge, to: state, config: config)
        }
        var inverted = vote
        inverted.fairRange = FairRange(lower: 200, upper: 100)
        #expect(throws: PricingInputError.invertedFairRange(voteEventId: vote.voteEventId, lower: 200, upper: 100)) {
            try PriceAggregator.apply(inverted, to: state, config: config)
        }
        var noStep = vote
        noStep.baseStepAtVote = 0
        #expect(throws: PricingInputError.nonPositiveBaseStep(voteEventId: vote.voteEventId, baseStep: 0)) {
            try PriceAggregator.apply(noStep, to: state, config: config)
        }
        var noCycle = vote
        noCycle.cycleNumber = 0
        #expect(throws: PricingInputError.invalidCycleNumber(voteEventId: vote.voteEventId, cycleNumber: 0)) {
            try PriceAggregator.apply(noCycle, to: state, config: config)
        }
        var zeroSeq = vote
        zeroSeq.brickSeq = 0
        #expect(throws: PricingInputError.invalidBrickSeq(voteEventId: vote.voteEventId, brickSeq: 0)) {
            try PriceAggregator.apply(zeroSeq, to: state, config: config)
        }
    }

    @Test("a listing with a negative or oversized baseline is refused")
    func listingPrice() {
        #expect(throws: PricingInputError.priceOutOfRange(field: "baselinePrice", value: -5)) {
            try BrickPriceState(listing: Fixture.listing(price: -5))
        }
        #expect(throws: PricingInputError.priceOutOfRange(field: "baselinePrice", value: 1_000_000_000_000)) {
            try BrickPriceState(listing: Fixture.listing(price: 1_000_000_000_000))
        }
    }

    @Test("errors describe themselves in words")
    func descriptions() {
        let error = PricingInputError.invalidWeight(voteEventId: 7, weight: 2)
        #expect(error.description == "vote 7: user weight 2.0 is not a finite number in [0, 1.25]")
    }
}
