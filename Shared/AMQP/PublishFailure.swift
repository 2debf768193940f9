/// Thrown by ``AMQPPublisher/publish(_:timeout:)`` when some messages were not confirmed.
///
/// Each entry is an index into the `messages` array that was passed in, with the reason: nacked by the
/// broker, returned as unroutable (mandatory messages), or not confirmed before the timeout. Messages
/// whose index is not listed were confirmed, so a caller retries exactly the listed ones.
public struct PublishFailure: Error, Sendable, CustomStringConvertible {
    public let failures: [(index: Int, reason: String)]

    public init(failures: [(index: Int, reason: String)]) {
        self.failures = failures
    }

    public var description: String {
        let shown = failures.prefix(5).map { "#\($0.index): \($0.reason)" }.joined(separator: "; ")
        let more = failures.count > 5 ? " (and \(failures.count - 5) more)" : ""
        return "\(failures.count) message(s) not confirmed: \(shown)\(more)"
    }
}
