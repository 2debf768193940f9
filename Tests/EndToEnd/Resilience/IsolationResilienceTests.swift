import Foundation
import Postgres
import Testing
import TestSupport

@testable import AMQP

/// Item 5, least privilege: each service's database role and broker user (scripts/lib/provision.sh,
/// password = name on the local servers) reach their own schema and queues only. Read-only probes on
/// the shared production names: nothing is created, consumed or changed.
@Suite("Resilience: isolation between services")
struct IsolationResilienceTests {
    @Test("a service's database role cannot read another service's schema", arguments: MarketService.allCases)
    func databaseRoleCannotReadOtherSchemas(_ service: MarketService) throws {
        let connection = try PostgresConnection(url: try Self.url(TestEnvironment.databaseURL, as: service.defaultSchema))
        let own = try connection.query("SELECT has_schema_privilege(current_user, $1, 'USAGE')", [service.defaultSchema])
        #expect(try own[0].decode(0, as: Bool.self), "\(service.defaultSchema) cannot use its own schema")
        for other in MarketService.allCases where other != service {
            let refusal = #expect(throws: PostgresError.self) {
                try connection.query("SELECT count(*) FROM \(other.defaultSchema).schema_migrations")
            }
            #expect(refusal?.sqlState == "42501", "\(service.defaultSchema) reading \(other.defaultSchema): \(String(describing: refusal))")
        }
    }

    @Test("a service's broker user cannot consume another service's queue or dead-letter queue", arguments: MarketService.allCases)
    func brokerUserCannotConsumeOtherQueues(_ service: MarketService) throws {
        let url = try AMQPURL(try Self.url(TestEnvironment.amqpURL, as: service.defaultQueue))
        for other in MarketService.allCases where other != service {
            for queue in [other.defaultQueue, MarketService.deadLetterQueue(of: other.defaultQueue)] {
                let connection = try Connection.open(AMQPConfiguration(url: url, connectionName: "resilience-isolation"), generation: 1)
                defer { connection.teardown() }
                try connection.openChannel(1)
                let refusal = #expect(throws: AMQPError.self) { try connection.startConsuming(queue: queue, prefetch: 1, channel: 1) }
                guard case .channelClosed(let code, let text) = refusal else {
                    Issue.record("\(service.defaultQueue) consuming \(queue): \(String(describing: refusal))")
                    continue
                }
                #expect(code == 403 && text.contains("ACCESS_REFUSED"), "\(service.defaultQueue) consuming \(queue): \(code) \(text)")
            }
        }
    }

    /// `base` with the user and password of a service's own role or broker user.
    static func url(_ base: String, as user: String) throws -> String {
        guard var components = URLComponents(string: base) else { throw HarnessError.badURL(base) }
        components.user = user
        components.password = user
        guard let text = components.string else { throw HarnessError.badURL(base) }
        return text
    }
}
