import Foundation
import Testing
import TestSupport

extension Resilience {
    /// Item 5, the HTTP side: every service's API under hostile requests answers a 4xx problem+json
    /// (401 for every bad token, 403 for a user token on an admin endpoint, 413 for a huge body), never a
    /// 5xx; every process stays up and no stored row changes.
    @Suite("Resilience: hostile HTTP requests", .timeLimit(.minutes(5)))
    struct HostileHTTPResilienceTests {
        @Test("bad JSON, bad tokens, SQL-looking strings, oversized bodies and path traversal get a 4xx problem+json and change nothing")
        func hostileRequestsAreRefusedAndChangeNothing() async throws {
            let requests = HostileRequests.all(try await HostileTokens.make())
            try await SystemUnderTest.run { system in
                let before = try await system.stateDigests()
                var problems: [String] = []
                for request in requests {
                    let base = try #require(system.baseURLs(request.service).first)
                    do {
                        if let problem = request.problem(with: try await request.send(to: base)) { problems.append(problem) }
                    } catch {
                        problems.append("\(request) got no answer: \(error)")
                    }
                }
                #expect(problems == [], "\(problems.count) of \(requests.count) requests answered wrongly")
                for child in system.localChildren {
                    #expect(child.process.isRunning, "\(child.service.rawValue) died: \(child.logTail)")
                }
                let after = try await system.stateDigests()
                for service in system.services {
                    #expect(after[service] == before[service], "\(service.rawValue)'s stored state changed")
                }
            }
        }
    }
}
