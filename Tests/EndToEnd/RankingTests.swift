import EventContracts
import Foundation
import Postgres
import Testing

extension EndToEnd {
    /// Story 6: the school system opens a period with topics, students rank them from the web app,
    /// ranking-metrics publishes each topic's metrics, and closing the period publishes the assignment.
    @Suite("End-to-end rankings", .timeLimit(.minutes(3)))
    struct RankingTests {
        /// One seat per topic. s1 ranks t0, t1; s2 ranks t0, t2; s3 ranks only t0. Placing all three at
        /// minimum cost: s3→t0 (1), s1→t1 (2), s2→t2 (2); total 5, rank profile [1, 2].
        @Test("rankings produce topic.metrics.calculated, and closing the period produces assignment.computed; both served over HTTP")
        func rankingsProduceMetricsAndAnAssignment() async throws {
            try await SystemUnderTest.run(services: [.rankingMetrics]) { system in
                let suffix = UUID().lowercaseText.prefix(8)
                let period = "p-\(suffix)"
                let topic = { (n: Int) in "\(period)-t\(n)" }
                let student = { (n: Int) in "s\(n)-\(suffix)" }
                try await system.publish([Outside.event(SelectionPeriodOpened(periodId: period, title: "E2E \(suffix)", opensAt: Date()))])
                try await system.publish((0..<3).map {
                    Outside.event(TopicCreated(topicId: topic($0), periodId: period, title: "Topic \($0)", capacity: 1))
                })
                let rankings: [(Int, [(Int, Int64)])] = [(1, [(0, 1), (1, 2)]), (2, [(0, 1), (2, 2)]), (3, [(0, 1)])]
                try await system.publish(rankings.map { who, positions in
                    Outside.event(RankingsBatchUpdated(
                        studentId: student(who), periodId: period, sessionId: "web-\(student(who))",
                        updates: positions.map { .init(topicId: topic($0.0), position: $0.1) }))
                })

                let expected = [topic(0): 3, topic(1): 1, topic(2): 1]
                let settled = try await system.eventually {
                    let served = try await system.get(.rankingMetrics, "/api/periods/\(period)/metrics").decode(PeriodMetricsReply.self)
                    return Dictionary(uniqueKeysWithValues: served.topics.map { ($0.topicId, $0.studentCount) }) == expected
                }
                #expect(settled)
                let metrics = try await system.awaitEvents(TopicMetricsCalculated.self) { events in
                    let latest = Dictionary(events.filter { $0.data.periodId == period }.map { ($0.data.topicId, $0.data.studentCount) }) { _, later in later }
                    return latest.mapValues(Int.init) == expected
                }.map(\.data).filter { $0.periodId == period }
                #expect(metrics.contains { $0.topicId == topic(0) && $0.studentCount == 3 && $0.averagePosition == 1 })

                try await system.publish([Outside.event(SelectionPeriodClosed(periodId: period, closedAt: Date()))])
                let computed = try await system.awaitEvents(AssignmentComputed.self, subject: About.period(period)) { !$0.isEmpty }
                let assignment = try #require(computed.first).data
                #expect(computed.count == 1)
                #expect(assignment.totalCost == 5)
                #expect(assignment.rankProfile == [1, 2])
                #expect(assignment.unassignedStudentIds.isEmpty)
                let seats = Set(assignment.assignments.map { "\($0.studentId)→\($0.topicId)" })
                #expect(seats == ["\(student(1))→\(topic(1))", "\(student(2))→\(topic(2))", "\(student(3))→\(topic(0))"])

                let reply = try await system.get(.rankingMetrics, "/api/periods/\(period)/assignment")
                #expect(reply.status == 200)
                let served = try reply.decode(AssignmentReply.self)
                #expect(served.totalCost == 5)
                #expect(Set(served.assignments.map { "\($0.studentId)→\($0.topicId)" }) == seats)
            }
        }
    }
}

/// ranking-metrics' `GET /api/periods/{id}/metrics`, as far as the story reads it.
struct PeriodMetricsReply: Decodable {
    struct Topic: Decodable {
        let topicId: String
        let studentCount: Int
    }

    let topics: [Topic]
}

/// ranking-metrics' `GET /api/periods/{id}/assignment`, as far as the story reads it.
struct AssignmentReply: Decodable {
    struct Seat: Decodable {
        let studentId: String
        let topicId: String
    }

    let assignments: [Seat]
    let totalCost: Int
}
