/// Everything this module throws. Each case names the problem in words a log reader understands.
public enum AMQPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL could not be parsed; the text says why.
    case invalidURL(String)
    /// The TCP connection, login or a protocol exchange failed (broker down, wrong password, socket error).
    case connection(String)
    /// The broker closed a channel (e.g. 404 NOT_FOUND for a missing exchange, 406 PRECONDITION_FAILED).
    case channelClosed(code: Int, text: String)
    /// The broker closed the whole connection (e.g. 320 CONNECTION_FORCED when it shuts down).
    case connectionClosed(code: Int, text: String)
    /// The tag belongs to a connection that has since died; the broker redelivers that message.
    case staleDeliveryTag
    /// The broker cancelled the consumer (its queue was deleted, or the queue's node went away).
    case consumerCancelled(queue: String)
    /// The publisher or consumer was shut down before the operation could run.
    case shutdown
    /// A topology or message field the broker would refuse (empty or over-long name, bad value).
    case invalidArgument(String)
    /// `deadLetter` was called on a consumer whose queue has no dead-letter exchange in its topology.
    case noDeadLetterExchange(queue: String)
    /// The broker refused the dead-letter copy (nacked or returned as unroutable); the original stays unacked.
    case deadLetterRejected(String)

    public var description: String {
        switch self {
        case .invalidURL(let why): "invalid AMQP URL: \(why)"
        case .connection(let why): "AMQP connection failed: \(why)"
        case .channelClosed(let code, let text): "AMQP channel closed by broker: \(code) \(text)"
        case .connectionClosed(let code, let text): "AMQP connection closed by broker: \(code) \(text)"
        case .staleDeliveryTag: "delivery tag belongs to a dead connection; the message will be redelivered"
        case .consumerCancelled(let queue): "the broker cancelled the consumer of queue '\(queue)'"
        case .shutdown: "AMQP client is shut down"
        case .invalidArgument(let why): "invalid AMQP argument: \(why)"
        case .noDeadLetterExchange(let queue): "queue '\(queue)' has no dead-letter exchange in its topology"
        case .deadLetterRejected(let why): "dead-letter publish refused: \(why)"
        }
    }
}
