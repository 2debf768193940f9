import Foundation
import Postgres
import ServiceKit
import VotingDomain

/// One run of the Vote Enricher (Appendix B.1) over up to `batchSize` pending intents, in one
/// transaction of four round trips whatever the batch size:
///
/// 1. BEGIN with the claim of pending intents (`FOR UPDATE SKIP LOCKED`: replicas take disjoint batches);
/// 2. one pipeline: lock the bricks' views, then the users, then the ip buckets (always in this
///    order, each by key), read the credits, reserve vote event ids;
/// 3. the pure core decides every intent in storage order;
/// 4. one pipeline: vote events, XP, credits, users, buckets, bricks, outcomes, intents processed, while
///    another thread encodes the events (`vote.recorded`, `vote.rejected`, `xp.awarded`);
/// 5. with COMMIT: the outbox.
///
/// The brick row locks serialize votes per brick across replicas, so `brickSeq` continues from
/// the stored `last_brick_seq` gap-free (P-02).
struct EnrichmentBatch: Sendable {
    let store: VotingStore
    let enricher: VoteEnricher
    let batchSize: Int
    /// Written on each outcome: which replica decided it.
    let replica: String

    /// Decides up to `batchSize` intents at `now` in a transaction of its own; returns how many were claimed.
    func run(on connection: PostgresConnection, now: Date) throws -> Int {
        try connection.transaction(beginWith: claim) { connection, opened in
            try decide(claimed: opened, on: connection, now: now)
        }
    }

    /// The claim that travels with BEGIN.
    var claim: [PostgresStatement] { store.claimPendingIntents(limit: batchSize) }

    /// Decides the intents the claim (the statements opening the transaction) returned; the writes travel
    /// with COMMIT.
    func decide(claimed opened: [PostgresRows], on connection: PostgresConnection, now: Date) throws -> TransactionEnd<Int> {
        let claimed = try store.decodeClaimed(opened)
        guard !claimed.isEmpty else { return .commit(0) }
        let intents = claimed.map(\.stored.intent)
        let ipHashes = Array(Set(intents.map(\.ipHash)))
        let keys = Array(Set(intents.map { CreditKey(userId: $0.userId, brickId: $0.brickId) }))
        let loaded = try connection.pipeline([
            store.lockBricks(Array(Set(intents.map(\.brickId)))),
            store.lockUsers(Array(Set(intents.map(\.userId)))),
            store.ensureIPBuckets(ipHashes),
            store.lockIPBuckets(ipHashes),
            store.credits(keys),
            store.reserveVoteEventIds(intents.count),
        ])
        let before = EnrichmentState(
            voters: try store.decodeUsers(loaded[1]), bricks: try store.decodeBricks(loaded[0]),
            credits: try store.decodeCredits(loaded[4]), ipBuckets: try store.decodeIPBuckets(loaded[3]))
        let ids = try loaded[5].map { try $0.decode(0, as: Int64.self) }
        let result = try enricher.enrich(intents, voteEventIds: ids, state: before, now: now)
        // The events are encoded on another thread while the server runs the writes (a third of the batch's
        // time went to encoding two events per intent); the outbox insert then travels with COMMIT.
        let stored = claimed.map(\.stored)
        let (_, messages) = try connection.pipeline(
            writes(result, before: before, rowIds: claimed.map(\.rowId), now: now),
            overlapping: { try Self.events(result.outcomes, claimed: stored, now: now) })
        return .commit(claimed.count, with: Outbox(schema: store.schema).enqueueStatement(messages).map { [$0] } ?? [])
    }

    /// The statements that persist a batch's result; rows the batch did not change are not written.
    private func writes(_ result: EnrichmentBatchResult, before: EnrichmentState, rowIds: [Int64], now: Date) -> [PostgresStatement] {
        let after = result.state
        let votes = result.outcomes.compactMap { outcome -> EnrichedVote? in
            if case .recorded(let vote) = outcome { return vote }
            return nil
        }
        var statements = [
            store.insertOutcomes(result.outcomes, replica: replica), store.markProcessed(rowIds: rowIds),
        ]
        guard !votes.isEmpty else { return statements }
        statements += [
            store.insertVotes(votes),
            store.insertXP(votes.flatMap(\.xpAwards), at: now),
            store.saveCredits(after.credits.filter { before.credits[$0.key] != $0.value }),
            store.saveUsers(after.voters.values.filter { before.voters[$0.identity.userId] != $0 }),
            store.saveIPBuckets(after.ipBuckets.filter { before.ipBuckets[$0.key] != $0.value }),
            store.saveBricks(after.bricks.values.filter { before.bricks[$0.brickId] != $0 }),
        ]
        return statements
    }

    private static func events(_ outcomes: [EnrichmentOutcome], claimed: [StoredIntent], now: Date) throws -> [OutboxMessage] {
        let origins = Dictionary(
            claimed.map { stored in
                (stored.intent.intentId, stored.causeEventId.map { EventOrigin(id: $0, correlationid: stored.correlationId) })
            }, uniquingKeysWith: { first, _ in first })
        var events = VotingEvents(time: now)
        for outcome in outcomes { try events.add(outcome, origin: origins[outcome.intentId] ?? nil) }
        return events.messages
    }
}
