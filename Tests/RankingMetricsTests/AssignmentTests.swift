import ArgumentParser
import EventContracts
import Foundation
import RankingMetricsDomain
import ServiceKit
import Testing

@testable import ranking_metrics

@Suite struct AssignmentTests {
    /// Closing a period computes, stores and emits its assignment.
    /// t0 has 1 seat, t1 1 seat, t2 1 seat. s1: t0, t1; s2: t0, t2; s3: t0.
    /// Min-cost places all three only as s3→t0 (1), s1→t1 (2), s2→t2 (2): total 5, profile [1, 2, ...].
    @Test func closingAPeriodAssignsIt() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 3))
            try await fixture.apply([
                Events.rank("s1", in: "p", [(0, 1), (1, 2)]), Events.rank("s2", in: "p", [(0, 1), (2, 2)]),
                Events.rank("s3", in: "p", [(0, 1)]),
            ])
            let result = try await fixture.apply([
                Events.incoming(SelectionPeriodClosed(periodId: "p", closedAt: ServiceFixture.fixedNow))
            ])
            let event = try #require(try Events.decode(result.emitted, as: AssignmentComputed.self).first)
            #expect(event.totalCost == 5)
            #expect(event.rankProfile == [1, 2])
            #expect(event.unassignedStudentIds.isEmpty)
            #expect(event.algorithm.rawValue == "MIN_COST")
            #expect(event.assignments.map { "\($0.studentId)→\($0.topicId)" } == ["s1→p-t1", "s2→p-t2", "s3→p-t0"])
            let stored = try await fixture.query { store, connection in try store.storedAssignment("p", on: connection) }
            #expect(stored?.totalCost == 5)
            #expect(stored?.assignments.count == 3)
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }

    @Test func theInputFileBecomesTheCoresProblem() throws {
        let json = """
            {"topics": [{"id": "a", "capacity": 1}, {"id": "b", "capacity": 1}],
             "students": [{"id": "x", "ranking": ["a", "b"]}, {"id": "y", "ranking": ["a"]}]}
            """
        let problem = try AssignmentInput.decode(Data(json.utf8)).problem()
        let result = RankingMetricsDomain.assign(problem, mode: .minimumCost)
        #expect(result.totalCost == 3)
        #expect(result.placements.map(\.topicID) == ["b", "a"])
    }

    @Test func aBadInputFileNamesTheProblem() throws {
        let twice = #"{"topics": [{"id": "a", "capacity": 1}], "students": [{"id": "x", "ranking": ["a", "a"]}]}"#
        #expect(throws: ValidationError.self) { try AssignmentInput.decode(Data(twice.utf8)).problem() }
        let unknown = #"{"topics": [{"id": "a", "capacity": 1}], "students": [{"id": "x", "ranking": ["z"]}]}"#
        do {
            _ = try AssignmentInput.decode(Data(unknown.utf8)).problem()
            Issue.record("an unknown topic must be refused")
        } catch let error as ValidationError {
            #expect(error.message == "student x ranked unknown topic z")
        }
    }
}
