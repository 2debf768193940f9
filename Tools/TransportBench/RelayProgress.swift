import CoreMetrics
import Synchronization

/// The outbox relay's count of confirmed publishes, seen in-process: the bench's metrics backend keeps
/// `servicekit_outbox_published_total` and drops every other metric.
///
/// The run's clock stops when this count reaches the events sent, without asking the broker. A passive
/// queue.declare costs RabbitMQ about 90 µs, so asking it for the sink's depth every millisecond took
/// about a tenth of a core from the path under measurement.
final class RelayProgress: MetricsFactory, Sendable {
    private final class Published: CounterHandler, Sendable {
        let total = Atomic<Int64>(0)
        func increment(by amount: Int64) { total.add(amount, ordering: .relaxed) }
        func reset() {}
    }

    private let published = Published()

    /// Confirmed publishes of every relay this process ran so far.
    var confirmed: Int { Int(published.total.load(ordering: .relaxed)) }

    /// Installs itself as the process's metrics backend (once per process, before any relay exists).
    static func bootstrap() -> RelayProgress {
        let progress = RelayProgress()
        MetricsSystem.bootstrap(progress)
        return progress
    }

    /// Waits until `target` publishes were confirmed, looking every millisecond.
    func wait(until target: Int, timeout: Duration = .seconds(120)) async throws {
        let deadline = ContinuousClock.now + timeout
        while confirmed < target {
            guard ContinuousClock.now < deadline else {
                throw BareBaseline.Failure(description: "the relay confirmed \(confirmed) of \(target) after \(timeout)")
            }
            try await Task.sleep(for: .milliseconds(1))
        }
    }

    func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        label == "servicekit_outbox_published_total" ? published : NOOPMetricsHandler.instance
    }

    func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        NOOPMetricsHandler.instance
    }

    func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler { NOOPMetricsHandler.instance }

    func destroyCounter(_ handler: any CounterHandler) {}
    func destroyRecorder(_ handler: any RecorderHandler) {}
    func destroyTimer(_ handler: any TimerHandler) {}
}
