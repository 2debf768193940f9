import EventContracts
import Foundation
import Postgres
import ServiceKit
import VotingDomain

/// What an emitted event is caused by: the arriving event, or nothing (an HTTP intent starts
/// its own story, correlated by its intent id).
struct EventOrigin: EventCause, Sendable {
    var id: String
    var correlationid: String?
    var traceparent: String?

    init(id: String, correlationid: String?, traceparent: String? = nil) {
        self.id = id
        self.correlationid = correlationid
        self.traceparent = traceparent
    }

    init(_ envelope: EventEnvelope) {
        self.init(id: envelope.id, correlationid: envelope.correlationid, traceparent: envelope.traceparent)
    }
}

/// Builds voting's outgoing events (`vote.recorded`, `vote.rejected`, `xp.awarded`) as outbox
/// messages, so the enricher job and the consumer emit them the same way.
struct VotingEvents {
    static let source = EventSource.service("voting")

    let time: Date
    private(set) var messages: [OutboxMessage] = []

    init(time: Date) { self.time = time }

    mutating func add<Payload: EventPayload>(_ data: Payload, origin: EventOrigin?, correlation: String? = nil) throws {
        messages.append(try OutboxMessage(Self.event(data, at: time, origin: origin, correlation: correlation)))
    }

    /// An event caused by `origin`, or starting a story correlated by `correlation`.
    static func event<Payload: EventPayload>(
        _ data: Payload, at time: Date, origin: EventOrigin?, correlation: String? = nil
    ) -> CloudEvent<Payload> {
        if let origin { return CloudEvent(causedBy: origin, id: .random(), source: source, time: time, data: data) }
        return CloudEvent(id: .random(), source: source, time: time, data: data, correlationid: correlation)
    }

    /// The events of one intent's outcome.
    mutating func add(_ outcome: EnrichmentOutcome, origin: EventOrigin?) throws {
        let correlation = outcome.intentId.lowercaseText
        switch outcome {
        case .recorded(let enriched):
            try add(Self.recorded(enriched), origin: origin, correlation: correlation)
            for award in enriched.xpAwards { try add(Self.awarded(award), origin: origin, correlation: correlation) }
        case .rejected(let rejection):
            try add(
                VoteRejected(
                    intentId: rejection.intentId.lowercaseText, userId: rejection.userId.lowercaseText, brickId: rejection.brickId.lowercaseText,
                    reason: rejection.reason.contract),
                origin: origin, correlation: correlation)
        }
    }

    static func recorded(_ enriched: EnrichedVote) -> VoteRecorded {
        let vote = enriched.vote
        return VoteRecorded(
            voteEventId: vote.voteEventId, brickSeq: vote.brickSeq, intentId: enriched.intentId.lowercaseText,
            userId: vote.userId.lowercaseText, brickId: vote.brickId.lowercaseText, voteType: vote.voteType.contract,
            livePriceAtVoteCents: vote.livePriceAtVote.rawValue, fairRangeLowerCents: vote.fairRange.lower.rawValue,
            fairRangeUpperCents: vote.fairRange.upper.rawValue, baseStepAtVoteCents: vote.baseStepAtVote.rawValue,
            userWeightAtVote: vote.userWeightAtVote, emailVerified: vote.emailVerified, cycleId: vote.cycleId.lowercaseText,
            cycleNumber: Int64(vote.cycleNumber), createdAt: vote.createdAt,
            // The enricher stamps every vote with its intent's (required) ip hash.
            ipHash: vote.ipHash ?? "")
    }

    static func awarded(_ award: XPAward) -> XPAwarded {
        XPAwarded(
            userId: award.userId.lowercaseText, brickId: award.brickId.lowercaseText, voteEventId: award.voteEventId, amount: award.amount,
            reason: award.reason.contract)
    }
}
