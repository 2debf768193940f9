import AMQP
import Foundation
import Testing
import TestSupport

extension Resilience {
    /// Item 5, the broker side: all six services under a flood of malformed messages on every type they
    /// bind. Each message ends in the dead-letter queue of every service that binds its type, with a reason
    /// naming what is wrong; every process stays up and ready, and no stored row changes.
    @Suite("Resilience: hostile messages", .timeLimit(.minutes(20)))
    struct HostileMessageResilienceTests {
        @Test("malformed messages on every bound type are dead-lettered with a reason by every service, which stays up and changes nothing")
        func malformedMessagesAreDeadLetteredWithReasonsAndChangeNothing() async throws {
            let types = Set(MarketService.allCases.flatMap(\.consumedTypes)).sorted()
            let perType = max(ResilienceScale.hostileMessages / max(types.count, 1), 1)
            var hostile: [HostileMessage] = []
            for type in types {
                var factory = try HostileMessageFactory(type: type, seed: ResilienceScale.seed("hostile", type))
                hostile += factory.messages(count: perType)
            }

            try await SystemUnderTest.run { system in
                let before = try await system.stateDigests()
                try await system.publishRaw(hostile.enumerated().map { $0.element.outgoing(exchange: system.exchange, number: $0.offset) })

                for service in system.services {
                    let bound = Set(service.consumedTypes)
                    let expected = hostile.enumerated().filter { bound.contains($0.element.routingKey) }
                    let queue = try system.deadLetterQueue(service)
                    let arrived = try await system.eventually(timeout: .seconds(300)) {
                        try await system.messageCount(queue) >= expected.count
                    }
                    let inQueue = try await system.messageCount(queue)
                    #expect(arrived, "\(inQueue) of \(expected.count) messages reached \(queue)")
                    let letters = try await system.drain(queue, count: inQueue)
                    let audit = DeadLetterAudit(expected: hostile, routedTo: Set(expected.map(\.offset)), letters: letters)
                    #expect(audit.problems.prefix(20) == [], "\(service.rawValue): \(audit.problems.count) problems")
                    #expect(try await system.messageCount(try system.queue(service)) == 0, "\(service.rawValue) left messages unhandled")
                }
                for child in system.localChildren {
                    #expect(child.process.isRunning, "\(child.service.rawValue) died: \(child.logTail)")
                    #expect(try await HTTPReply.get("http://127.0.0.1:\(child.port)/health/ready").status == 200)
                }
                let after = try await system.stateDigests()
                for service in system.services {
                    #expect(after[service] == before[service], "\(service.rawValue)'s stored state changed")
                }
            }
        }
    }
}
