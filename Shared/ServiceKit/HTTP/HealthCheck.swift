import AMQP

/// A named dependency `/health/ready` checks (the database, the broker).
public struct HealthCheck: Sendable {
    public let name: String
    public let probe: @Sendable () async -> Bool

    public init(_ name: String, probe: @escaping @Sendable () async -> Bool) {
        self.name = name
        self.probe = probe
    }
}

extension HealthCheck {
    /// "broker": a short-lived connection asks for `queue` and passes only when it has a consumer. That
    /// proves the broker, the credentials and the queue, and more: a consumer starts only after its
    /// topology (every binding) is declared, so an event published once the service is ready is never
    /// dropped for want of a binding.
    public static func brokerConsuming(queue: String, url: AMQPURL, connectionName: String) -> HealthCheck {
        HealthCheck("broker") {
            let probe = AMQPConfiguration(url: url, connectionName: connectionName)
            let status = try? await AMQPAdministration.status(queue: queue, configuration: probe)
            return (status?.consumers ?? 0) > 0
        }
    }
}
