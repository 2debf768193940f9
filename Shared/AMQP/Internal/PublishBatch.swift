import Synchronization

/// One `publish` call's messages and their outcomes, shared by the caller and the owning thread.
///
/// The thread settles messages as confirms arrive; the caller's timeout expires whatever is still
/// pending. Whichever settles the last message resumes the caller, exactly once.
final class PublishBatch: Sendable {
    enum Outcome {
        case pending, confirmed
        case failed(String)
    }

    private struct State {
        var outcomes: [Outcome]
        var pending: Int
        var continuation: CheckedContinuation<Void, any Error>?
        var finished = false
        /// The latest connection problem, so a timeout says why nothing was confirmed.
        var lastProblem: String?
    }

    let messages: [OutgoingMessage]
    private let state: Mutex<State>

    init(messages: [OutgoingMessage]) {
        self.messages = messages
        state = Mutex(State(outcomes: Array(repeating: .pending, count: messages.count), pending: messages.count))
    }

    var isFinished: Bool { state.withLock { $0.finished } }

    func attach(_ continuation: CheckedContinuation<Void, any Error>) {
        let result = state.withLock { state -> Result<Void, PublishFailure>? in
            guard state.finished else {
                state.continuation = continuation
                return nil
            }
            return Self.result(state.outcomes)
        }
        if let result { continuation.resume(with: result.mapError { $0 as any Error }) }
    }

    func settle(_ index: Int, _ outcome: Outcome) {
        resume(state.withLock { state in
            guard case .pending = state.outcomes[index] else { return nil }
            state.outcomes[index] = outcome
            state.pending -= 1
            return state.pending == 0 ? Self.finish(&state) : nil
        })
    }

    func noteProblem(_ problem: String) {
        state.withLock { $0.lastProblem = problem }
    }

    /// Fails every still-pending message with `reason` (plus the last connection problem, if any).
    func expire(reason: String) {
        resume(state.withLock { state in
            guard !state.finished else { return nil }
            let why = state.lastProblem.map { "\(reason) (last problem: \($0))" } ?? reason
            for index in state.outcomes.indices {
                if case .pending = state.outcomes[index] { state.outcomes[index] = .failed(why) }
            }
            state.pending = 0
            return Self.finish(&state)
        })
    }

    private static func finish(_ state: inout State)
        -> (CheckedContinuation<Void, any Error>, Result<Void, PublishFailure>)?
    {
        state.finished = true
        defer { state.continuation = nil }
        return state.continuation.map { ($0, result(state.outcomes)) }
    }

    private func resume(_ completion: (CheckedContinuation<Void, any Error>, Result<Void, PublishFailure>)?) {
        guard let (continuation, result) = completion else { return }
        continuation.resume(with: result.mapError { $0 as any Error })
    }

    private static func result(_ outcomes: [Outcome]) -> Result<Void, PublishFailure> {
        var failures: [(index: Int, reason: String)] = []
        for (index, outcome) in outcomes.enumerated() {
            if case .failed(let reason) = outcome { failures.append((index, reason)) }
        }
        return failures.isEmpty ? .success(()) : .failure(PublishFailure(failures: failures))
    }
}
