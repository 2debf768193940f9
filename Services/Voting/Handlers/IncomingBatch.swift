import EventContracts
import Foundation
import Money
import Postgres
import ServiceKit
import VotingDomain

/// One event as the handler sees it: the envelope and its validated payload.
typealias VotingInput = (envelope: EventEnvelope, payload: any EventPayload)

/// A consumer batch sorted by kind and converted to the core's types. Every event is checked
/// here, before anything is written, so a bad one is dead-lettered with a reason naming it.
struct IncomingBatch {
    struct BrickChange {
        var update: BrickViewUpdate
        var eventId: String
    }

    struct UserChange {
        var identity: UserIdentity
        var eventId: String
    }

    struct Closure {
        var closure: CycleClosure
        var origin: EventOrigin
        var time: Date
    }

    var intents: [StoredIntent] = []
    var users: [UserChange] = []
    var bricks: [BrickChange] = []
    /// The `brick.cycle.reset` events, to score (P-26).
    var closures: [Closure] = []

    /// - Throws: ``EventRejected`` for the first event that can never apply.
    init(_ events: [VotingInput]) throws {
        for event in events {
            let id = event.envelope.id
            switch event.payload {
            case let submitted as VoteIntentSubmitted:
                intents.append(try Self.intent(of: submitted, envelope: event.envelope))
            case let upserted as UserUpserted:
                users.append(UserChange(identity: try Self.identity(of: upserted, eventId: id), eventId: id))
            case let listed as BrickListed:
                let brickId = try Self.uuid(listed.brickId, field: "brickId", eventId: id)
                bricks.append(BrickChange(update: .listed(brickId: brickId, baselinePrice: Cents(listed.baselinePriceCents)), eventId: id))
            case let state as BrickStateUpdated:
                bricks.append(BrickChange(update: .stateUpdated(try Self.report(of: state, eventId: id)), eventId: id))
            case let freeze as BrickFreezeChanged:
                let brickId = try Self.uuid(freeze.brickId, field: "brickId", eventId: id)
                let update = BrickViewUpdate.freezeChanged(
                    brickId: brickId, freezeMode: freeze.freezeMode == .frozen, freezeUntil: freeze.freezeUntil)
                bricks.append(BrickChange(update: update, eventId: id))
            case let reset as BrickCycleReset:
                let closure = try Self.closure(of: reset, eventId: id)
                bricks.append(BrickChange(update: .cycleReset(closure), eventId: id))
                closures.append(Closure(closure: closure, origin: EventOrigin(event.envelope), time: event.envelope.time))
            default:
                throw EventRejected(eventID: id, reason: "voting does not consume \(event.envelope.type)")
            }
        }
    }

    /// Every brick the batch changes.
    var brickIds: [UUID] { Array(Set(bricks.map(\.update.brickId))) }

    private static func intent(of submitted: VoteIntentSubmitted, envelope: EventEnvelope) throws -> StoredIntent {
        let id = envelope.id
        let intent = VoteIntent(
            intentId: try uuid(submitted.intentId, field: "intentId", eventId: id),
            userId: try uuid(submitted.userId, field: "userId", eventId: id),
            brickId: try uuid(submitted.brickId, field: "brickId", eventId: id), voteType: submitted.voteType.domain,
            submittedAt: submitted.submittedAt, ipHash: submitted.ipHash, userAgent: submitted.userAgent,
            sessionId: submitted.sessionId)
        return StoredIntent(intent: intent, causeEventId: id, correlationId: envelope.correlationid)
    }

    private static func identity(of upserted: UserUpserted, eventId: String) throws -> UserIdentity {
        UserIdentity(
            userId: try uuid(upserted.userId, field: "userId", eventId: eventId), emailVerified: upserted.emailVerified,
            accountCreatedAt: upserted.accountCreatedAt, behaviorMultiplier: upserted.behaviorMultiplier ?? 1.0,
            banned: upserted.banned ?? false)
    }

    private static func report(of state: BrickStateUpdated, eventId: String) throws -> BrickStateReport {
        BrickStateReport(
            brickId: try uuid(state.brickId, field: "brickId", eventId: eventId), livePrice: Cents(state.livePriceCents),
            cycleId: try uuid(state.cycleId, field: "cycleId", eventId: eventId),
            cycleNumber: try int(state.cycleNumber, field: "cycleNumber", eventId: eventId),
            freezeMode: state.freezeMode == .frozen, freezeUntil: state.freezeUntil, needsRecheck: state.needsRecheck,
            recheckEpoch: try int(state.recheckEpoch, field: "recheckEpoch", eventId: eventId),
            appliedBrickSeq: state.appliedBrickSeq)
    }

    private static func closure(of reset: BrickCycleReset, eventId: String) throws -> CycleClosure {
        CycleClosure(
            brickId: try uuid(reset.brickId, field: "brickId", eventId: eventId),
            closedCycleId: try uuid(reset.closedCycleId, field: "closedCycleId", eventId: eventId),
            newCycleId: try uuid(reset.newCycleId, field: "newCycleId", eventId: eventId),
            newCycleNumber: try int(reset.newCycleNumber, field: "newCycleNumber", eventId: eventId),
            cycleEndPrice: Cents(reset.cycleEndPriceCents), direction: reset.direction.domain)
    }

    private static func uuid(_ text: String, field: String, eventId: String) throws -> UUID {
        guard let id = UUID(canonicalText: text.utf8) else {
            throw EventRejected(eventID: eventId, reason: "data.\(field) \(text) is not a UUID")
        }
        return id
    }

    /// Cycle numbers and epochs are `Int` in the core; a value beyond it is refused, not trapped.
    private static func int(_ value: Int64, field: String, eventId: String) throws -> Int {
        guard let exact = Int32(exactly: value) else {
            throw EventRejected(eventID: eventId, reason: "data.\(field) \(value) is out of range")
        }
        return Int(exact)
    }
}
