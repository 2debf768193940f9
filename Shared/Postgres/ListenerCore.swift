import CLibPQ
import Glibc
import Logging
import Synchronization

/// The state and thread loop of a ``PostgresListener``: one connection, owned by one thread, that waits on the
/// libpq socket and a pipe (the shutdown doorbell) with `poll()`.
final class ListenerCore: Sendable {
    private let url: String
    private let applicationName: String
    private let listenScript: Result<String, PostgresError>
    private let logger: Logger
    private let continuation: AsyncStream<ListenerEvent>.Continuation
    /// A pipe: `stop()` writes to `[1]`, the thread polls `[0]`. Closed in deinit, after the thread is gone.
    private let doorbell: (read: Int32, write: Int32)
    private let state = Mutex<(stopped: Bool, finished: Bool, waiters: [CheckedContinuation<Void, Never>])>(
        (false, false, []))

    init(
        url: String, channels: [String], applicationName: String, logger: Logger,
        continuation: AsyncStream<ListenerEvent>.Continuation
    ) {
        self.url = url
        self.applicationName = applicationName
        self.logger = logger
        self.continuation = continuation
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) != 0 { logger.error("PostgresListener could not create its shutdown pipe") }
        self.doorbell = (ends[0], ends[1])
        self.listenScript = Result { () throws(PostgresError) -> String in
            var script = ""
            for channel in channels { script += "LISTEN \(try PostgresIdentifier.quote(channel));" }
            return script
        }
    }

    deinit {
        if doorbell.read >= 0 { Glibc.close(doorbell.read) }
        if doorbell.write >= 0 { Glibc.close(doorbell.write) }
    }

    private var isStopped: Bool { state.withLock { $0.stopped } }

    func stop() {
        state.withLock { $0.stopped = true }
        var byte: UInt8 = 1
        _ = write(doorbell.write, &byte, 1)
    }

    func waitUntilFinished() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let finished = state.withLock { state in
                if !state.finished { state.waiters.append(continuation) }
                return state.finished
            }
            if finished { continuation.resume() }
        }
    }

    /// The thread body: connect, LISTEN, relay notifications; on loss back off (0.1 s doubling to 5 s) and repeat.
    func run() {
        var backoffMilliseconds: Int32 = 100
        while !isStopped {
            do throws(PostgresError) {
                let script = try listenScript.get()
                let connection = try PostgresConnection(url: url, applicationName: applicationName)
                defer { connection.close() }
                try connection.execute(script: script)
                backoffMilliseconds = 100
                continuation.yield(.reconnected)
                relayNotifications(from: connection)
            } catch where error.kind == .invalidArgument {
                logger.error("PostgresListener cannot listen", metadata: ["error": "\(error)"])
                break
            } catch {
                logger.warning("PostgresListener connection failed", metadata: ["error": "\(error)"])
                _ = waitForDoorbell(orSocket: -1, timeoutMilliseconds: backoffMilliseconds)
                backoffMilliseconds = min(backoffMilliseconds * 2, 5_000)
            }
        }
        continuation.finish()
        let waiters = state.withLock { state in
            state.finished = true
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Yields notifications until the connection is lost or the doorbell rings.
    private func relayNotifications(from connection: PostgresConnection) {
        let handle = connection.handle
        while true {
            // Notifications can already sit in libpq's buffer (read along with a command's reply): drain first.
            while let notification = PQnotifies(handle) {
                let channel = String(cString: notification.pointee.relname)
                let payload = String(cString: notification.pointee.extra)
                PQfreemem(notification)
                continuation.yield(.notification(channel: channel, payload: payload))
            }
            // A finite timeout keeps shutdown working even if the doorbell pipe could not be created.
            if waitForDoorbell(orSocket: PQsocket(handle), timeoutMilliseconds: 1_000) { return }
            guard PQconsumeInput(handle) == 1, PQstatus(handle) == CONNECTION_OK else {
                logger.warning(
                    "PostgresListener lost its connection",
                    metadata: ["error": "\(PostgresConnection.errorMessage(handle))"])
                return
            }
        }
    }

    /// Waits until the doorbell rings (true) or `socket` is readable or the timeout passes (false).
    private func waitForDoorbell(orSocket socket: Int32, timeoutMilliseconds: Int32) -> Bool {
        var descriptors = [
            pollfd(fd: doorbell.read, events: Int16(POLLIN), revents: 0),
            pollfd(fd: socket, events: Int16(POLLIN), revents: 0),  // a negative fd is ignored by poll()
        ]
        _ = poll(&descriptors, 2, timeoutMilliseconds)
        return isStopped
    }
}
