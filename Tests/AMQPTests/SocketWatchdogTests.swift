import Glibc
import Logging
import Testing

@testable import AMQP

/// rabbitmq-c 0.11 can block forever in send; the watchdog must unblock such a call by shutting the
/// socket down once the armed deadline passes, and must leave a disarmed socket alone.
struct SocketWatchdogTests {
    private func socketPair() throws -> (Int32, Int32) {
        var descriptors: [Int32] = [-1, -1]
        try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &descriptors) == 0)
        return (descriptors[0], descriptors[1])
    }

    /// Reads one byte on its own thread, as the owning thread would block inside the library.
    private func blockingRead(_ descriptor: Int32) async throws -> Int {
        let result = Shared(-2)
        try await onOwnThread {
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            result.withLock { $0 = count }
        }
        return result.value
    }

    @Test(.timeLimit(.minutes(1))) func shutsDownASocketStuckPastItsDeadline() async throws {
        let (stuck, peer) = try socketPair()
        defer {
            close(stuck)
            close(peer)
        }
        let watchdog = SocketWatchdog(logger: Logger(label: "amqp-tests"))
        watchdog.start(name: "test-watchdog")
        defer { watchdog.stop() }
        watchdog.arm(descriptor: stuck, for: .milliseconds(200))
        let started = ContinuousClock.now
        let count = try await blockingRead(stuck)
        let waited = ContinuousClock.now - started
        #expect(count == 0, "the blocked read ends with end-of-file once the socket is shut down")
        #expect(waited >= .milliseconds(200))
        // No upper bound on a shared, noisy machine: without the watchdog the read never returns,
        // and the time limit turns that into a failure.
    }

    @Test func leavesADisarmedSocketAlone() async throws {
        let (watched, peer) = try socketPair()
        defer {
            close(watched)
            close(peer)
        }
        let watchdog = SocketWatchdog(logger: Logger(label: "amqp-tests"))
        watchdog.start(name: "test-watchdog")
        defer { watchdog.stop() }
        watchdog.arm(descriptor: watched, for: .milliseconds(100))
        watchdog.disarm()
        try await Task.sleep(for: .milliseconds(400))
        var byte: UInt8 = 7
        #expect(write(peer, &byte, 1) == 1)
        #expect(try await blockingRead(watched) == 1)
    }
}
