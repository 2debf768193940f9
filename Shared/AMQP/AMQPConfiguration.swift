/// How a publisher or consumer connects: the URL, a name the broker's UI shows, heartbeat and reconnect pacing.
///
/// ```swift
/// let configuration = AMQPConfiguration(
///     url: try AMQPURL("amqp://market:market@127.0.0.1:55672/market"), connectionName: "pricing-consumer")
/// ```
public struct AMQPConfiguration: Sendable {
    public var url: AMQPURL
    /// Shown as `connection_name` in the management UI, so operators can tell connections apart.
    public var connectionName: String
    /// Negotiated AMQP heartbeat; the owning thread keeps it alive while handlers run. 0 disables it.
    public var heartbeatSeconds: Int
    /// Delay before reconnect attempt n is `min(upper, lower * 2^n)`; it resets once a connection makes progress.
    public var reconnectBackoff: ClosedRange<Double>
    /// Longest a single socket operation (a batch of publishes, an ack, a declare) may block before the
    /// watchdog shuts the socket down so the owning thread can reconnect (rabbitmq-c 0.11 can block forever
    /// in send while the broker throttles publishers).
    public var ioTimeout: Duration

    public init(
        url: AMQPURL, connectionName: String, heartbeatSeconds: Int = 10,
        reconnectBackoff: ClosedRange<Double> = 0.1...5.0, ioTimeout: Duration = .seconds(20)
    ) {
        self.url = url
        self.connectionName = connectionName
        self.heartbeatSeconds = max(0, min(heartbeatSeconds, Int(UInt16.max)))
        // Clamped so the delay arithmetic stays finite: at least 10 ms, at most an hour.
        let upper = min(max(0.01, reconnectBackoff.upperBound), 3600)
        self.reconnectBackoff = min(max(0.01, reconnectBackoff.lowerBound), upper)...upper
        self.ioTimeout = ioTimeout
    }
}
