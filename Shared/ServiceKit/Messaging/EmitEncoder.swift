import Dispatch
import Foundation

/// Encodes a batch's emitted events on another thread, in emit order, while the handler goes on.
///
/// Encoding is most of a handler's own CPU time (10 to 20 µs per event through `JSONEncoder`), and a handler
/// usually emits before it sends its writes: the encoding then runs while the server executes them, instead
/// of before. A worker runs only while jobs are queued, so a batch that fails before ``finish()`` leaves
/// no thread behind.
final class EmitEncoder: @unchecked Sendable {
    typealias Job = @Sendable () throws -> [OutboxMessage]

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var queued: [Job] = []
    private var encoded: [OutboxMessage] = []
    private var failure: (any Error)?
    private var working = false

    func add(_ job: @escaping Job) {
        condition.lock()
        queued.append(job)
        let start = !working
        working = true
        condition.unlock()
        if start { DispatchQueue.global().async { self.work() } }
    }

    /// Waits for every queued job; the messages in emit order, or the first job's error.
    func finish() throws -> [OutboxMessage] {
        condition.lock()
        defer { condition.unlock() }
        while working { condition.wait() }
        if let failure { throw failure }
        return encoded
    }

    private func work() {
        condition.lock()
        while !queued.isEmpty {
            let jobs = queued
            queued.removeAll()
            let skip = failure != nil
            condition.unlock()
            var messages: [OutboxMessage] = []
            var error: (any Error)?
            if !skip {
                do {
                    for job in jobs { messages += try job() }
                } catch let thrown {
                    error = thrown
                }
            }
            condition.lock()
            encoded += messages
            if failure == nil { failure = error }
        }
        working = false
        condition.broadcast()
        condition.unlock()
    }
}
