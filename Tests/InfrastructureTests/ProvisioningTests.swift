import AMQP
import Foundation
import Logging
import Postgres
import Testing
import TestSupport

/// What `scripts/infra.sh up` provisions: each service's database role and broker user reach their own
/// schema and queue, and nothing of another service's.
@Suite struct ProvisioningTests {
    let logger = Logger(label: "provisioning-tests")

    static let services = [
        ("voting", "voting"), ("pricing", "pricing"), ("wave_planning", "wave-planning"),
        ("purchase_execution", "purchase-execution"), ("warehouse_orders", "warehouse-orders"),
        ("ranking_metrics", "ranking-metrics"),
    ]

    /// The admin URL with another user and password.
    static func url(_ admin: String, user: String) -> String {
        guard let at = admin.firstIndex(of: "@"), let scheme = admin.range(of: "://") else { return admin }
        return admin[..<scheme.upperBound] + "\(user):\(user)" + admin[at...]
    }

    @Test(arguments: services)
    func eachRoleUsesOnlyItsOwnSchema(schema: String, queue: String) throws {
        let other = Self.services.first { $0.0 != schema }!.0
        let connection = try PostgresConnection(url: Self.url(TestEnvironment.databaseURL, user: schema))
        defer { connection.close() }
        #expect(try connection.query("SELECT current_schema()")[0].decode(0, as: String.self) == schema)
        let table = TestEnvironment.uniqueName("probe")
        try connection.query("CREATE TABLE \(table) (x int)")
        try connection.query("DROP TABLE \(table)")
        #expect {
            try connection.query("CREATE TABLE \(other).intruder (x int)")
        } throws: { error in
            (error as? PostgresError)?.sqlState == "42501"  // insufficient_privilege
        }
        #expect(throws: PostgresError.self) { try connection.query("CREATE TABLE public.intruder (x int)") }
    }

    /// A service starts with its own role, which owns its schema but may not create one: the migrator
    /// must not ask for that right when the schema exists.
    @Test(arguments: services)
    func eachRoleCanRunTheMigratorInItsOwnSchema(schema: String, queue: String) async throws {
        let pool = PostgresPool(url: Self.url(TestEnvironment.databaseURL, user: schema), size: 1, logger: logger)
        let records = TestEnvironment.uniqueName("probe_migrations")
        let migration = Migration(version: 1, name: "probe", sql: "CREATE TABLE \(records)_table (x int);")
        do {
            let applied = try await Migrator(schema: schema, table: records, migrations: [migration]).migrate(using: pool)
            #expect(applied.map { $0.version } == [1])
            try await pool.withConnection { try $0.execute(script: "DROP TABLE \(records); DROP TABLE \(records)_table;") }
        } catch {
            await pool.shutdown()
            throw error
        }
        await pool.shutdown()
    }

    @Test(arguments: services)
    func eachBrokerUserDeclaresOnlyItsOwnQueue(schema: String, queue: String) async throws {
        let url = try AMQPURL(Self.url(TestEnvironment.amqpURL, user: queue))
        let own = AMQPPublisher(
            configuration: AMQPConfiguration(url: url, connectionName: "provisioning-own"),
            topology: .service(queue, consumes: ["provisioning.test"]), logger: logger)
        try await own.publish(
            [OutgoingMessage(exchange: "market.events", routingKey: "provisioning.nobody", body: [1], messageId: nil)])
        await own.shutdown()

        let other = Self.services.first { $0.1 != queue }!.1
        let intruder = AMQPPublisher(
            configuration: AMQPConfiguration(url: url, connectionName: "provisioning-intruder"),
            topology: .service(other, consumes: ["provisioning.test"]), logger: logger)
        await #expect(throws: (any Error).self) {
            try await intruder.publish(
                [OutgoingMessage(exchange: "market.events", routingKey: "provisioning.nobody", body: [1], messageId: nil)],
                timeout: .seconds(3))
        }
        await intruder.shutdown()
    }
}
