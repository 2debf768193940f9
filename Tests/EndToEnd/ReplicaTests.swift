import EventContracts
import Foundation
import Postgres
import Testing

extension EndToEnd {
    /// Item 3: the busy services run as two replicas each; the outcomes must be those of one replica,
    /// and the stored state must show no double application anywhere.
    @Suite("End-to-end with replicas", .timeLimit(.minutes(5)))
    struct ReplicaTests {
        /// Six bricks, ten OVER voters each, intents split between both voting replicas' HTTP intake and
        /// the broker: every brick moves exactly on its 5th and 10th vote as with one replica; both pricing
        /// replicas serve the same state; `pricing replay` rebuilds that state from the ledger (exit 0); voting
        /// numbered every brick's votes 1…10 with no gap or repeat and decided every intent once.
        @Test("two replicas of voting and pricing: same moves, state equals pricing replay, brickSeq gap-free and unique")
        func votingAndPricingReplicas() async throws {
            try await SystemUnderTest.run(services: [.voting, .pricing], replicas: [.voting: 2, .pricing: 2]) { system in
                #expect(system.baseURLs(.voting).count == (system.isExternal ? 1 : 2))
                var bricks: [ListedBrick] = []
                for _ in 0..<6 { bricks.append(try await ListedBrick.list(in: system, voters: 10, baselineCents: 10_000)) }
                for (b, brick) in bricks.enumerated() {
                    for (n, user) in brick.voters.prefix(5).enumerated() {
                        let reply = try await system.post(
                            .voting, "/api/vote_intents", json: #"{"brickId":"\#(brick.id.lowercaseText)","voteType":"OVER"}"#,
                            token: try await system.token(for: user), headers: ["X-Forwarded-For": "203.0.113.\(b * 10 + n)"],
                            replica: n)
                        #expect(reply.status == 202, "\(reply.text)")
                    }
                    try await brick.vote(.over, by: brick.voters.suffix(5)) { "replica-\(b)-\($0)" }
                }

                for brick in bricks {
                    let recorded = try await brick.recorded(10)
                    try #require(recorded.map(\.brickSeq) == Array(1...10))
                    let last = try #require(recorded.last).voteEventId
                    #expect(try await system.eventually { try await brick.state().lastVoteEventIdProcessed == last })
                    let moves = try await brick.awaitMoves(2)
                    #expect(moves.map(\.causedByVoteEventId) == [recorded[4].voteEventId, recorded[9].voteEventId])
                    let first = try await brick.state(replica: 0)
                    #expect(try await brick.state(replica: 1) == first)
                    #expect(first.livePriceCents == moves.last?.toCents)
                }

                let ids = bricks.map { "'\($0.id.lowercaseText)'" }.joined(separator: ",")
                let numbered = try await system.integer(
                    """
                    SELECT count(*) FROM (
                      SELECT brick_id FROM {schema}.vote_events WHERE brick_id IN (\(ids)) GROUP BY brick_id
                      HAVING min(brick_seq) = 1 AND max(brick_seq) = count(*) AND count(DISTINCT brick_seq) = count(*)
                         AND count(*) = 10) AS ok
                    """, in: .voting)
                #expect(numbered == bricks.count)
                let decided = try await system.integer(
                    """
                    SELECT count(*) FROM {schema}.vote_outcomes o JOIN {schema}.vote_events e USING (intent_id)
                    WHERE e.brick_id IN (\(ids)) AND o.outcome = 'RECORDED'
                    """, in: .voting)
                #expect(decided == bricks.count * 10)

                let replay = try await system.command(.pricing, ["replay"])
                #expect(replay.status == 0, "\(replay.output)")
                #expect(replay.output.contains(": 0 differing"))
                if !system.isExternal { #expect(await system.stopServices().allSatisfy { $0 == 0 }) }
            }
        }

        /// The wave story with two replicas of wave-planning and of purchase-execution: the same checks —
        /// both waves complete within budget, one reallocates what a sold-out product could not take, and
        /// stock, sold counts and sales reconcile, so no sale was applied twice.
        @Test("two replicas of wave-planning and purchase-execution: waves complete within budget, no sale applied twice")
        func waveReplicas() async throws {
            try await SystemUnderTest.run(
                services: [.wavePlanning, .purchaseExecution], replicas: [.wavePlanning: 2, .purchaseExecution: 2]
            ) { system in
                #expect(system.baseURLs(.purchaseExecution).count == (system.isExternal ? 1 : 2))
                try await WaveStory(system: system).run()
                if !system.isExternal { #expect(await system.stopServices().allSatisfy { $0 == 0 }) }
            }
        }
    }
}
