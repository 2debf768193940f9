import Dispatch
import EventContracts
import Foundation
import Synchronization
import Testing

@testable import ServiceKit

/// Emitted events are encoded on another thread, in emit order, and a failure reaches the batch.
struct EmitEncoderTests {
    static func message(_ index: Int) -> OutboxMessage {
        OutboxMessage(eventID: "e\(index)", type: "t", body: "{}")
    }

    @Test func jobsRunOnAnotherThreadWhileTheCallerGoesOn() throws {
        let encoder = EmitEncoder()
        let callerWentOn = DispatchSemaphore(value: 0)
        // If add ran the job inline, the job would wait for a signal that only comes after add returned.
        encoder.add { callerWentOn.wait(timeout: .now() + 10) == .success ? [Self.message(0)] : [] }
        callerWentOn.signal()
        #expect(try encoder.finish() == [Self.message(0)])
    }

    @Test func messagesKeepEmitOrderAcrossManyJobs() throws {
        let encoder = EmitEncoder()
        for index in 0..<2_000 {
            if index % 3 == 0 {
                encoder.add { [Self.message(index)] }
            } else {
                let ready = Self.message(index)
                encoder.add { [ready] }
            }
        }
        #expect(try encoder.finish() == (0..<2_000).map(Self.message))
    }

    struct Failure: Error {}

    @Test func theFirstFailureIsThrownAndLaterJobsDoNotRun() {
        let encoder = EmitEncoder()
        let ranAfter = Counter()
        encoder.add { [Self.message(0)] }
        encoder.add { throw Failure() }
        for _ in 0..<100 { encoder.add { ranAfter.increment(); return [] } }
        #expect(throws: Failure.self) { try encoder.finish() }
        // Jobs queued with the failing one in the same chunk never run; later chunks are skipped.
        #expect(ranAfter.value == 0)
    }

    @Test func nothingEmittedFinishesAtOnce() throws {
        #expect(try EmitEncoder().finish().isEmpty)
    }

    final class Counter: Sendable {
        private let count = Mutex(0)
        func increment() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }
}
