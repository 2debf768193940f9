import EventContracts
import Foundation
import Postgres
import Testing

extension EndToEnd {
    /// Stories 1–3: votes from the web front and from other systems go through voting (enrichment,
    /// `vote.recorded`) into pricing (moves, caps, freezes), observed as events and over HTTP.
    @Suite("End-to-end crowd pricing", .timeLimit(.minutes(4)))
    struct CrowdPricingTests {
        @Test("crowd votes (HTTP with a bearer token and vote.intent.submitted events) move a brick's price, and GET /state agrees")
        func crowdVotesMoveThePrice() async throws {
            try await SystemUnderTest.run(services: [.voting, .pricing]) { system in
                let brick = try await ListedBrick.list(in: system, voters: 10, baselineCents: 10_000)
                var httpIntents: [String] = []
                for (n, user) in brick.voters.prefix(5).enumerated() {
                    let reply = try await system.post(
                        .voting, "/api/vote_intents", json: #"{"brickId":"\#(brick.id.lowercaseText)","voteType":"OVER"}"#,
                        token: try await system.token(for: user), headers: ["X-Forwarded-For": "198.51.100.\(n + 1)"])
                    #expect(reply.status == 202, "\(reply.text)")
                    httpIntents.append(try reply.decode(AcceptedIntent.self).intentId)
                }
                try await brick.vote(.over, by: brick.voters.suffix(5)) { "crowd-\($0)" }

                let recorded = try await brick.recorded(10)
                try #require(recorded.map(\.brickSeq) == Array(1...10))
                #expect(Set(httpIntents).isSubset(of: Set(recorded.map(\.intentId))))
                #expect(recorded.allSatisfy { $0.userWeightAtVote == 1 && $0.voteType == .over })
                #expect(try await brick.awaitApplied(through: 10))

                // Weight 5 per move (§14): the 5th and the 10th vote each move the price up.
                let moves = try await brick.awaitMoves(2)
                #expect(moves.map(\.causedByVoteEventId) == [recorded[4].voteEventId, recorded[9].voteEventId])
                // A move starts from the fair-range bound the vote was stamped with (P-11), so a vote stamped
                // before voting heard of the first move may land where that move did: up, or not below.
                #expect(moves.allSatisfy { $0.direction == .up && $0.toCents >= $0.fromCents })
                #expect(moves.first.map { $0.fromCents == brick.baselineCents && $0.toCents > brick.baselineCents } == true)
                #expect(moves.count == 2 && moves[1].fromCents == moves[0].toCents)
                let state = try await brick.state()
                #expect(state.livePriceCents == moves.last?.toCents)
                #expect(state.lastVoteEventIdProcessed == recorded.last?.voteEventId)
            }
        }

        /// 15 verified voters push the same $50 brick up; the moves come on the 5th, 10th and 15th vote.
        /// On the 15th the crowd has weight 15 from 15 voters, all OVER, so catch-up (§18.2) would replace the
        /// dynamic cap, and the early ramp (§17: $5 × 1.375 = $6.875) binds: a $7 step. The same votes from
        /// two ip hashes within a minute are clustered (P-18): no catch-up, the dynamic cap (5 % + 10 % × 0.3 =
        /// 8 % of an anchor below $69, under $5.50) is below the base step, so the step is the $5 base step.
        @Test("a brigade (a burst of OVER votes from two ip hashes) is capped where a non-clustered crowd is not")
        func brigadeIsCapped() async throws {
            try await SystemUnderTest.run(services: [.voting, .pricing]) { system in
                let brigaded = try await ListedBrick.list(in: system, voters: 15, baselineCents: 5_000)
                let crowded = try await ListedBrick.list(in: system, knownVoters: brigaded.voters, baselineCents: 5_000)
                try await brigaded.vote(.over, by: brigaded.voters[...]) { "brigade-\($0 % 2)" }
                try await crowded.vote(.over, by: crowded.voters[...]) { "crowd-\($0)" }

                for brick in [brigaded, crowded] {
                    #expect(try await brick.recorded(15).map(\.brickSeq) == Array(1...15))
                    #expect(try await brick.awaitApplied(through: 15))
                }
                #expect(try await brigaded.awaitMoves(3).map(\.finalStepCents) == [500, 500, 500])
                #expect(try await crowded.awaitMoves(3).map(\.finalStepCents) == [500, 500, 700])
                #expect(try await brigaded.state().livePriceCents < crowded.state().livePriceCents)
            }
        }

        @Test("a FAIR crowd freezes a brick: brick.freeze.changed, and later votes are recorded but move nothing")
        func fairCrowdFreezes() async throws {
            try await SystemUnderTest.run(services: [.voting, .pricing]) { system in
                let brick = try await ListedBrick.list(in: system, voters: 25, baselineCents: 20_000)
                // p_fair = 1 ≥ 0.55 once the weighted total reaches 20 (§23.1).
                try await brick.vote(.fair, by: brick.voters.prefix(20)) { "fair-\($0)" }
                let freezes = try await system.awaitEvents(BrickFreezeChanged.self, subject: About.brick(brick.id)) { !$0.isEmpty }
                #expect(freezes.map(\.data.freezeMode) == [.frozen])
                #expect(freezes.map(\.data.reason) == [.fairConsensus])
                #expect(freezes.first?.data.freezeUntil.map { $0 > Date().addingTimeInterval(13 * 86_400) } == true)

                try await brick.vote(.over, by: brick.voters.suffix(5)) { "late-\($0)" }
                let recorded = try await brick.recorded(25)
                #expect(recorded.map(\.brickSeq) == Array(1...25))
                #expect(try await brick.awaitApplied(through: 25))
                #expect(brick.moves.isEmpty)
                #expect(try await brick.state().lastVoteEventIdProcessed == recorded.last?.voteEventId)
                #expect(try await brick.state().livePriceCents == brick.baselineCents)
            }
        }
    }
}

/// Voting's 202 answer to an intent.
struct AcceptedIntent: Decodable {
    let intentId: String

    enum CodingKeys: String, CodingKey {
        case intentId = "intent_id"
    }
}
