import Auth
import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One measured run: how many intents, seconds until all were published (or accepted), and
/// seconds until all were decided by the enricher.
struct BenchRun {
    let count: Int
    let published: Double
    let decided: Double
}

extension BenchEnvironment {
    /// Publishes every AMQP intent and waits until each has its outcome.
    func amqpRun(_ workload: BenchWorkload) async throws -> BenchRun {
        let events = try messages(workload.intentEvents)
        let start = Date()
        try await publish(events)
        let published = Date().timeIntervalSince(start)
        guard try await poll(timeout: 1_800, { try await self.enrichedCount() >= events.count }) else {
            throw BenchFailure("AMQP intents were not all decided in time")
        }
        let decided = Date().timeIntervalSince(start)
        try await expectOutcomes(events.count)
        return BenchRun(count: events.count, published: published, decided: decided)
    }

    /// POSTs every HTTP intent with `concurrency` requests in flight (each user with a token and
    /// an address of their own) and waits until each has its outcome.
    func httpRun(_ workload: BenchWorkload, concurrency: Int, alreadyDecided: Int) async throws -> BenchRun {
        let tokens = try await BearerTokens(secret: Self.jwtSecret)
        var signed: [String] = []
        for user in workload.users {
            signed.append(try await tokens.sign(
                BearerClaims(subject: user.uuidString.lowercased(), expires: Date().addingTimeInterval(3_600), emailVerified: true)))
        }
        let requests = (0..<workload.httpIntents).map { n -> URLRequest? in
            let (user, brick) = workload.pair(workload.amqpIntents + n)
            return intentRequest(brick: workload.bricks[brick], token: signed[user], address: "10.1.\(user / 250).\(user % 250)")
        }
        let start = Date()
        let accepted = try await withThrowingTaskGroup(of: Int.self) { group in
            for lane in 0..<concurrency {
                group.addTask {
                    var ok = 0
                    for index in stride(from: lane, to: requests.count, by: concurrency) {
                        guard let request = requests[index] else { continue }
                        let (_, response) = try await URLSession.shared.data(for: request)
                        if (response as? HTTPURLResponse)?.statusCode == 202 { ok += 1 }
                    }
                    return ok
                }
            }
            return try await group.reduce(0, +)
        }
        let published = Date().timeIntervalSince(start)
        let total = alreadyDecided + accepted
        guard try await poll(timeout: 1_800, { try await self.enrichedCount() >= total }) else {
            throw BenchFailure("HTTP intents were not all decided in time")
        }
        let decided = Date().timeIntervalSince(start)
        try await expectOutcomes(total)
        return BenchRun(count: accepted, published: published, decided: decided)
    }

    /// Outside the clock: the database holds exactly one outcome per intent the service reported.
    private func expectOutcomes(_ expected: Int) async throws {
        let stored = try await count("vote_outcomes")
        guard stored == expected else { throw BenchFailure("\(stored) outcomes stored for \(expected) intents decided") }
    }

    private func intentRequest(brick: UUID, token: String, address: String) -> URLRequest? {
        guard let url = URL(string: "http://127.0.0.1:\(port)/api/vote_intents") else { return nil }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(address, forHTTPHeaderField: "X-Forwarded-For")
        request.httpBody = Data(#"{"brickId":"\#(brick.uuidString.lowercased())","voteType":"OVER"}"#.utf8)
        return request
    }
}
