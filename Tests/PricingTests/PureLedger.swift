import EventContracts
import Foundation
import PricingDomain

@testable import pricing

/// The reference: the same votes applied by the pure core alone, in `brickSeq` order, with voting
/// stamping each vote from the state it had then. What the service stores must equal this.
struct PureLedger {
    var state: BrickPriceState
    var events: [CloudEvent<VoteRecorded>] = []

    init(listing: CloudEvent<BrickListed>) throws {
        let batch = try IncomingBatch([try VoteFactory.input(listing)])
        state = batch.listings[0].state
    }

    /// Stamps the next vote from the current state and applies it.
    mutating func vote(
        _ type: EventContracts.VoteType, user: UUID = UUID(), at: Date, weight: Double = 1, verified: Bool = true,
        ip: String = "ip-1"
    ) throws {
        let event = try VoteFactory.vote(
            type, on: state, seq: state.appliedBrickSeq + 1, user: user, at: at, weight: weight, verified: verified, ip: ip)
        try apply(event)
    }

    mutating func apply(_ event: CloudEvent<VoteRecorded>) throws {
        let vote = try IncomingBatch([try VoteFactory.input(event)]).votes[0].vote
        state = try LedgerStep.apply(.vote(vote), to: state, config: .standard).state
        events.append(event)
    }
}
