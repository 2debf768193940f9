/// A named dependency `/health/ready` checks (the database, the broker).
public struct HealthCheck: Sendable {
    public let name: String
    public let probe: @Sendable () async -> Bool

    public init(_ name: String, probe: @escaping @Sendable () async -> Bool) {
        self.name = name
        self.probe = probe
    }
}
