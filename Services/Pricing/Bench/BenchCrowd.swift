import AMQP
import EventContracts
import Foundation
import Money
import Postgres
import PricingDomain

/// The benchmark's crowd: `bricks` listed bricks and `votesPerBrick` votes on each, stamped from the
/// brick's state as voting would stamp them (P-02) and following it as the aggregator moves it, so the
/// votes move prices, freeze and reset cycles as a real crowd's do. Randomness is derived from ids.
struct BenchCrowd {
    let bricks: Int
    let votesPerBrick: Int
    let exchange: String

    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    static let voters = 10_000

    /// Every brick's listing, then the votes interleaved across bricks (as a queue sees them).
    func messages() throws -> [OutgoingMessage] {
        var listings: [OutgoingMessage] = []
        var votesByBrick: [[OutgoingMessage]] = []
        for index in 0..<bricks {
            let brickId = UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", index)) ?? UUID()
            let listing = BrickListing(brickId: brickId, baselinePrice: Cents(rawValue: 1_000 + Int64(index) * 997), listedAt: Self.start)
            listings.append(try message(CloudEvent(
                id: UUID(), source: "urn:market:catalog", time: Self.start,
                data: BrickListed(
                    brickId: brickId.lowercaseText, name: "brick \(index)", baselinePriceCents: listing.baselinePrice.rawValue,
                    listedAt: Self.start))))
            votesByBrick.append(try votes(on: listing))
        }
        var interleaved = listings
        for seq in 0..<votesPerBrick { interleaved += votesByBrick.map { $0[seq] } }
        return interleaved
    }

    private func votes(on listing: BrickListing) throws -> [OutgoingMessage] {
        var state = try BrickPriceState(listing: listing)
        var messages: [OutgoingMessage] = []
        for seq in 1...Int64(votesPerBrick) {
            let key = "bench:\(listing.brickId.lowercaseText):\(seq)"
            let at = Self.start.addingTimeInterval(Double(seq) * 7)
            // A crowd that mostly agrees for a while, then turns: prices move, freeze and reset.
            let leaning: [EventContracts.VoteType] = (seq / 200) % 2 == 0 ? [.over, .over, .fair, .under] : [.under, .under, .fair, .over]
            let type = leaning[Int(seededUnit(key + ":type") * 4) % 4]
            let user = Int(seededUnit(key + ":user") * Double(Self.voters))
            let range = try FairRange(around: state.livePrice, pct: PricingConfig.standard.fairRangePct)
            let recorded = VoteRecorded(
                voteEventId: seq, brickSeq: seq, intentId: UUID().lowercaseText,
                userId: String(format: "00000000-0000-4000-9000-%012d", user), brickId: listing.brickId.lowercaseText,
                voteType: type, livePriceAtVoteCents: state.livePrice.rawValue, fairRangeLowerCents: range.lower.rawValue,
                fairRangeUpperCents: range.upper.rawValue, baseStepAtVoteCents: BaseStepTier.baseStep(for: state.livePrice).rawValue,
                userWeightAtVote: 1, emailVerified: true,
                cycleId: CycleId.derive(brickId: listing.brickId, cycleNumber: state.cycleNumber).lowercaseText,
                cycleNumber: Int64(state.cycleNumber), createdAt: at, ipHash: "ip-\(user % 997)")
            let event = CloudEvent(id: UUID(), source: "urn:market:voting", time: at, data: recorded)
            let vote = try IncomingBatch.vote(of: recorded, eventId: event.id)
            state = try LedgerStep.apply(.vote(vote), to: state, config: .standard).state
            messages.append(try message(event))
        }
        return messages
    }

    private func message<Payload: EventPayload>(_ event: CloudEvent<Payload>) throws -> OutgoingMessage {
        OutgoingMessage(exchange: exchange, routingKey: Payload.eventType, body: Array(try event.jsonBytes()), messageId: event.id)
    }
}
