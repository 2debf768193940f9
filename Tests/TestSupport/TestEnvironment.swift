import Foundation

/// Where integration tests find the servers that `scripts/infra.sh up` started.
///
/// Tests never skip for a missing server: a test that cannot reach one fails, so a
/// green run always means the code ran against the real PostgreSQL and RabbitMQ.
public enum TestEnvironment {
    public static var databaseURL: String {
        env("MARKET_DATABASE_URL") ?? "postgres://market:market@127.0.0.1:55432/market"
    }

    public static var amqpURL: String {
        env("MARKET_AMQP_URL") ?? "amqp://market:market@127.0.0.1:55672/market"
    }

    /// The package root, found from this file's location.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A name no other test run uses, for schemas, queues and exchanges.
    public static func uniqueName(_ prefix: String) -> String {
        let suffix = UUID().uuidString.prefix(8).lowercased()
        return "\(prefix)_\(suffix)"
    }

    private static func env(_ key: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[key], !value.isEmpty else { return nil }
        return value
    }
}
