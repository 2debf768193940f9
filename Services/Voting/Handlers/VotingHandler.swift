import EventContracts
import Foundation
import Postgres
import ServiceKit
import VotingDomain

/// Voting's consumer: intake of `vote.intent.submitted` (insert only, idempotent by intent id)
/// and the projections of users and bricks (P-02), including accuracy scoring, trust tiers and
/// ACCURACY XP when a cycle closes (P-26). Enrichment itself is the ``EnricherJob``'s.
///
/// A batch costs three pipelined round trips whatever its size: (1) insert intents, lock the
/// touched bricks, claim the closed cycles to score, read their votes; (2) lock the users
/// concerned (after the bricks: the enricher's lock order); (3) write bricks, users and XP.
struct VotingHandler: EventHandler {
    static let consumedTypes = [
        VoteIntentSubmitted.eventType, UserUpserted.eventType, BrickListed.eventType, BrickStateUpdated.eventType,
        BrickFreezeChanged.eventType, BrickCycleReset.eventType,
    ]

    let store: VotingStore
    let config: VotingConfig

    func apply(_ events: [IncomingEvent], in batch: inout Batch) throws {
        let inputs = events.map { (envelope: $0.envelope, payload: $0.payload) }
        for event in try process(inputs, on: batch.connection) { try batch.emit(event) }
    }

    /// Applies the batch on `connection` (inside the caller's transaction); returns the
    /// `xp.awarded` events to emit.
    func process(_ events: [VotingInput], on connection: PostgresConnection) throws -> [CloudEvent<XPAwarded>] {
        let incoming = try IncomingBatch(events)
        let closures = incoming.closures.map(\.closure)
        let loaded = try connection.pipeline([
            store.insertIntents(incoming.intents),
            store.lockBricks(incoming.brickIds),
            store.claimScoredCycles(closures),
            store.votes(ofCycles: closures.map(\.closedCycleId)),
        ])
        let storedBricks = try store.decodeBricks(loaded[1])
        let bricks = try project(incoming.bricks, onto: storedBricks)
        let toScore = Set(try loaded[2].map { try $0.decode(0, as: UUID.self) })
        let votes = Dictionary(grouping: try store.decodeCastVotes(loaded[3]), by: \.cycleId)

        let userIds = Set(incoming.users.map(\.identity.userId) + votes.values.joined().map(\.userId))
        let storedUsers = try store.decodeUsers(try connection.query(store.lockUsers(Array(userIds))))
        var voters = storedUsers
        for change in incoming.users {
            do {
                voters[change.identity.userId] = try VoterState.upserting(change.identity, onto: voters[change.identity.userId])
            } catch {
                throw EventRejected(eventID: change.eventId, reason: "\(error)")
            }
        }
        var awards: [(award: XPAward, closure: IncomingBatch.Closure)] = []
        for closure in incoming.closures where toScore.contains(closure.closure.closedCycleId) {
            let scored = CycleScoring.score(
                closure.closure, votes: votes[closure.closure.closedCycleId] ?? [], voters: voters, config: config)
            voters.merge(scored.voters) { _, new in new }
            awards += scored.awards.map { ($0, closure) }
        }

        var writes: [PostgresStatement] = []
        let changedBricks = bricks.values.filter { storedBricks[$0.brickId] != $0 }
        if !changedBricks.isEmpty { writes.append(store.saveBricks(changedBricks)) }
        let changedUsers = voters.values.filter { storedUsers[$0.identity.userId] != $0 }
        if !changedUsers.isEmpty { writes.append(store.saveUsers(changedUsers)) }
        for (time, group) in Dictionary(grouping: awards, by: \.closure.time) {
            writes.append(store.insertXP(group.map(\.award), at: time))
        }
        _ = try connection.pipeline(writes)
        return awards.map { award, closure in
            VotingEvents.event(VotingEvents.awarded(award), at: closure.time, origin: closure.origin)
        }
    }

    /// The brick-view projection over the batch's brick events, in delivery order.
    private func project(_ changes: [IncomingBatch.BrickChange], onto stored: [UUID: BrickView]) throws -> [UUID: BrickView] {
        var views = stored
        for change in changes {
            do {
                if let next = try BrickView.projecting(change.update, onto: views[change.update.brickId]) {
                    views[next.brickId] = next
                }
            } catch {
                throw EventRejected(eventID: change.eventId, reason: "\(error)")
            }
        }
        return views
    }
}
