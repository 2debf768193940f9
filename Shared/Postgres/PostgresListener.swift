import Foundation
import Logging

/// Receives `NOTIFY`s on a dedicated connection and thread, reconnecting and re-LISTENing after a loss.
///
/// NOTIFY is only a wake-up: it is lost while disconnected, so after each ``ListenerEvent/reconnected`` (also
/// yielded once LISTEN first succeeds) poll for work you may have missed. ``events`` is single-consumer.
///
/// ```swift
/// let listener = PostgresListener(url: url, channels: ["outbox"], logger: logger)
/// for await event in listener.events { relay.wake() }
/// ```
/// An invalid channel name (empty) is logged and ends the stream at once.
public final class PostgresListener: Sendable {
    private let core: ListenerCore
    public let events: AsyncStream<ListenerEvent>

    public init(url: String, channels: [String], applicationName: String = "market-listener", logger: Logger) {
        let (events, continuation) = AsyncStream.makeStream(of: ListenerEvent.self)
        let core = ListenerCore(
            url: url, channels: channels, applicationName: applicationName, logger: logger,
            continuation: continuation)
        self.events = events
        self.core = core
        Thread {
            ThreadName.set("postgres-listen")
            core.run()
        }.start()
    }

    deinit {
        core.stop()
    }

    /// Stops listening, closes the connection and finishes ``events``.
    public func shutdown() async {
        core.stop()
        await core.waitUntilFinished()
    }
}
