import EventContracts
import Foundation
import RankingMetricsDomain
import ServiceKit
import Testing

@testable import ranking_metrics

/// D001-08…10 through the handler: an invalid batch is refused with its reason and writes nothing.
///
/// D001-10 (a topic twice in one batch) never reaches the handler: the contract's validation refuses
/// the payload first; ``ServiceProcessTests`` proves it is dead-lettered by the running service.
@Suite struct RejectionHandlerTests {
    static func cases() throws -> [(event: IncomingEvent, reason: String)] {
        try [
            (Events.rank("s1", in: "p", [(0, 4)]), "position 4.0 of topic p-t0 is outside 1...3"),
            (Events.rank("s1", in: "p", [(0, 1), (1, 1)]), "position 1 would be shared by topics p-t0, p-t1"),
            (Events.rank("s1", in: "p", [(7, 1)]), "topic p-t7 is not a topic of this period"),
            (Events.rank("s1", in: "p", [(2, nil)]), "topic p-t2 is not ranked, nothing to withdraw"),
            (Events.rank("s1", in: "nowhere", [(0, 1)]),
             "period nowhere is unknown (no selection.period.opened or topic.created yet)"),
            (Events.incoming(RankingsBatchUpdated(studentId: "s1", periodId: "p", sessionId: "undo:x", updates: [.init(topicId: "p-t0", position: 1)])),
             "sessionId undo:x uses the reserved prefix \"undo:\""),
        ]
    }

    @Test func eachInvalidBatchIsRefusedWithItsReasonAndNothingIsWritten() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 3))
            let valid = try Events.rank("s2", in: "p", [(0, 1)])
            for (event, reason) in try Self.cases() {
                // The invalid event sits in a batch with a valid one: the whole transaction rolls back.
                let rejected = try await fixture.rejection([valid, event])
                #expect(rejected?.eventID == event.envelope.id)
                #expect(rejected?.reason == reason)
                #expect(try await fixture.count("rankings") == 0)
                #expect(try await fixture.count("ranking_batches") == 0)
                #expect(try await fixture.count("topic_metrics") == 0)
            }
            #expect(try await fixture.query { store, connection in try store.verifyAggregates(on: connection) }.isEmpty)
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }

    @Test func rankingsOfAClosedPeriodAreRefused() async throws {
        let fixture = try await ServiceFixture()
        do {
            try await fixture.apply(Events.period("p", topics: 3))
            try await fixture.apply([Events.incoming(SelectionPeriodClosed(periodId: "p", closedAt: ServiceFixture.fixedNow))])
            let rejected = try await fixture.rejection([Events.rank("s1", in: "p", [(0, 1)])])
            #expect(rejected?.reason == "period p is closed")
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }
}
