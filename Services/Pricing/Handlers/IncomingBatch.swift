import EventContracts
import Foundation
import Money
import Postgres
import PricingDomain
import ServiceKit

/// One event as the handler sees it: the envelope and its validated payload.
typealias PricingInput = (envelope: EventEnvelope, payload: any EventPayload)

/// A consumer batch sorted by kind and converted to the core's types. Every event is checked
/// here, before anything is written, so a bad one is dead-lettered with a reason that names it.
struct IncomingBatch {
    struct Listing {
        var state: BrickPriceState
        var origin: EventOrigin
    }

    struct RecheckRequest {
        var brickId: UUID
        var reason: String
        var at: Date
        var origin: EventOrigin
    }

    var listings: [Listing] = []
    var votes: [LedgerVote] = []
    var rechecks: [RecheckRequest] = []
    /// The envelope of each vote of this batch, by event id, to cause what the vote causes.
    var voteOrigins: [String: EventOrigin] = [:]

    /// - Throws: ``EventRejected`` for the first event that can never apply.
    init(_ events: [PricingInput]) throws {
        for event in events {
            let id = event.envelope.id
            switch event.payload {
            case let listed as BrickListed:
                listings.append(Listing(state: try Self.state(of: listed, eventId: id), origin: EventOrigin(event.envelope)))
            case let recorded as VoteRecorded:
                votes.append(LedgerVote(vote: try Self.vote(of: recorded, eventId: id), eventId: id))
                voteOrigins[id] = EventOrigin(event.envelope)
            case let recheck as BrickRecheckRequested:
                rechecks.append(
                    RecheckRequest(
                        brickId: try Self.uuid(recheck.brickId, field: "brickId", eventId: id), reason: recheck.reason,
                        at: event.envelope.time.storageCanonical, origin: EventOrigin(event.envelope)))
            default:
                throw EventRejected(eventID: id, reason: "pricing does not consume \(event.envelope.type)")
            }
        }
    }

    /// Every brick the batch touches, sorted (the lock order).
    var brickIds: [UUID] {
        Array(Set(listings.map(\.state.brickId) + votes.map(\.vote.brickId) + rechecks.map(\.brickId)))
            .sorted { $0.uuidString < $1.uuidString }
    }

    private static func state(of listed: BrickListed, eventId: String) throws -> BrickPriceState {
        let listing = BrickListing(
            brickId: try uuid(listed.brickId, field: "brickId", eventId: eventId),
            baselinePrice: Cents(listed.baselinePriceCents), listedAt: listed.listedAt.storageCanonical)
        do {
            return try BrickPriceState(listing: listing)
        } catch {
            throw EventRejected(eventID: eventId, reason: "\(error)")
        }
    }

    static func vote(of recorded: VoteRecorded, eventId: String) throws -> RecordedVote {
        guard let voteType = PricingDomain.VoteType(rawValue: recorded.voteType.rawValue) else {
            throw EventRejected(eventID: eventId, reason: "unknown voteType \(recorded.voteType.rawValue)")
        }
        guard let cycleNumber = Int(exactly: recorded.cycleNumber) else {
            throw EventRejected(eventID: eventId, reason: "cycleNumber \(recorded.cycleNumber) is out of range")
        }
        let vote = RecordedVote(
            voteEventId: recorded.voteEventId, brickSeq: recorded.brickSeq,
            userId: try uuid(recorded.userId, field: "userId", eventId: eventId),
            brickId: try uuid(recorded.brickId, field: "brickId", eventId: eventId), voteType: voteType,
            livePriceAtVote: Cents(recorded.livePriceAtVoteCents),
            fairRange: FairRange(lower: Cents(recorded.fairRangeLowerCents), upper: Cents(recorded.fairRangeUpperCents)),
            baseStepAtVote: Cents(recorded.baseStepAtVoteCents), userWeightAtVote: recorded.userWeightAtVote,
            emailVerified: recorded.emailVerified, cycleId: try uuid(recorded.cycleId, field: "cycleId", eventId: eventId),
            cycleNumber: cycleNumber, createdAt: recorded.createdAt.storageCanonical, ipHash: recorded.ipHash)
        do {
            try vote.validate()
        } catch {
            throw EventRejected(eventID: eventId, reason: "\(error)")
        }
        return vote
    }

    private static func uuid(_ text: String, field: String, eventId: String) throws -> UUID {
        guard let id = UUID(canonicalText: text.utf8) else {
            throw EventRejected(eventID: eventId, reason: "data.\(field) \(text) is not a UUID")
        }
        return id
    }
}
