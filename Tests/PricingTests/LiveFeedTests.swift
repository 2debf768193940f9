import Auth
import EventContracts
import Foundation
import Logging
import Postgres
import TestSupport
import Testing
import WSClient

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@testable import pricing

/// The WebSocket at `/api/bricks/{id}/live`, against the real `pricing` process.
@Suite("Brick live WebSocket", .serialized)
struct LiveFeedTests {
    let brick = UUID()
    let voter = UUID()

    @Test(
        "subscribers get the state at once and after each change, each filtered by their access level",
        .timeLimit(.minutes(2)))
    func liveUpdatesFollowTheAccessRules() async throws {
        try await withPricing { harness, port in
            var ledger = try PureLedger(listing: VoteFactory.listing(brick))
            try await harness.publish([try harness.message(VoteFactory.listing(brick))])
            let voterToken = try await token(user: voter, verified: true)
            let ready = AsyncStream.makeStream(of: Void.self)
            let received = try await withThrowingTaskGroup(of: (String, [BrickLiveMessage]).self) { group in
                for (name, token) in [("anonymous", nil), ("voter", voterToken)] as [(String, String?)] {
                    group.addTask { (name, try await twoMessages(port: port, token: token, ready: ready.continuation)) }
                }
                // Both subscribed and saw the state before the vote: now the vote changes it.
                var subscribed = 0
                for await _ in ready.stream {
                    subscribed += 1
                    if subscribed == 2 { break }
                }
                try ledger.vote(.over, user: voter, at: VoteFactory.t0.addingTimeInterval(60))
                try await harness.publish(try ledger.events.map(harness.message))
                return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            let anonymous = try #require(received["anonymous"])
            let voted = try #require(received["voter"])
            for messages in [anonymous, voted] {
                #expect(messages.map(\.event) == Array(repeating: "brick_state_updated:\(brick.lowercaseText)", count: 2))
                #expect(messages[0].state.lastVoteEventIdProcessed == nil)
                #expect(messages[1].state.lastVoteEventIdProcessed != nil)
            }
            #expect(anonymous.allSatisfy { $0.state.sentiment == nil })
            #expect(voted[0].state.sentiment == nil)  // not voted yet
            #expect(voted[1].state.sentiment != nil)  // insight earned by the vote
        }
    }

    @Test("requests that are not a valid upgrade get a problem: 426, 401, 404, 400", .timeLimit(.minutes(2)))
    func invalidRequestsAreRefused() async throws {
        try await withPricing { harness, port in
            try await harness.publish([try harness.message(VoteFactory.listing(brick))])
            let listed = try await harness.eventually(timeout: .seconds(30)) {
                try await status(port: port, path: "/api/bricks/\(brick.lowercaseText)/state") == 200
            }
            try #require(listed)
            #expect(try await status(port: port, path: "/api/bricks/\(brick.lowercaseText)/live") == 426)
            #expect(try await status(port: port, path: "/api/bricks/\(brick.lowercaseText)/live?access_token=forged") == 401)
            #expect(try await status(port: port, path: "/api/bricks/\(UUID().lowercaseText)/live") == 404)
            #expect(try await status(port: port, path: "/api/bricks/not-a-uuid/live") == 400)
        }
    }

    // MARK: Helpers

    func withPricing(_ body: (PricingProcesses, Int) async throws -> Void) async throws {
        let harness = try PricingProcesses()
        let pool = PostgresPool(url: TestEnvironment.databaseURL, size: 1, logger: harness.logger)
        do {
            let port = try harness.start()
            let up = try await harness.eventually(timeout: .seconds(30)) { (try? await status(port: port, path: "/health/live")) == 200 }
            try #require(up)
            try await body(harness, port)
        } catch {
            await harness.tearDown(pool: pool)
            await pool.shutdown()
            throw error
        }
        await harness.tearDown(pool: pool)
        await pool.shutdown()
    }

    /// Subscribes (retrying until the brick is listed), signals after the first message, returns the first two.
    func twoMessages(port: Int, token: String?, ready: AsyncStream<Void>.Continuation) async throws -> [BrickLiveMessage] {
        var query = ""
        if let token { query = "?access_token=\(token)" }
        let url = "ws://127.0.0.1:\(port)/api/bricks/\(brick.lowercaseText)/live\(query)"
        let collected = Collected()
        for _ in 0..<100 where await collected.messages.isEmpty {
            _ = try? await WebSocketClient.connect(url: url, logger: Logger(label: "live-test")) { inbound, _, _ in
                for try await message in inbound.messages(maxSize: 1 << 16) {
                    guard case .text(let text) = message else { continue }
                    let count = await collected.append(try JSONDecoder().decode(BrickLiveMessage.self, from: Data(text.utf8)))
                    if count == 1 { ready.yield() }
                    if count == 2 { return }
                }
            }
            if await collected.messages.isEmpty { try await Task.sleep(for: .milliseconds(200)) }
        }
        return await collected.messages
    }

    func token(user: UUID, verified: Bool) async throws -> String {
        try await BearerTokens(secret: "market-development-jwt-secret-0123456789").sign(
            BearerClaims(subject: user.lowercaseText, expires: Date().addingTimeInterval(600), emailVerified: verified))
    }

    func status(port: Int, path: String) async throws -> Int {
        let url = try #require(URL(string: "http://127.0.0.1:\(port)\(path)"))
        let (_, response) = try await URLSession.shared.data(from: url)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}

private actor Collected {
    var messages: [BrickLiveMessage] = []
    func append(_ message: BrickLiveMessage) -> Int {
        messages.append(message)
        return messages.count
    }
}
