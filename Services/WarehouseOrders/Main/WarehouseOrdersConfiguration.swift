import Foundation
import Postgres
import ServiceKit
import WarehouseOrdersDomain

/// Everything the `warehouse-orders` process reads from `WAREHOUSE_ORDERS_*` variables: the shared
/// ServiceKit settings plus the service's own keys —
/// `SCHEMA`, `QUEUE` (tests run replicas in their own schema and queue), `SEASON_SCALING` (D002-08),
/// `DEPLOYMENT` and `TEST_DEMAND_MULTIPLIER` (D002-21: refused unless `DEPLOYMENT=test`).
struct WarehouseOrdersConfiguration: Sendable {
    static let prefix = "WAREHOUSE_ORDERS_"
    static let defaultHTTPPort = 8085

    enum Keys {
        static let schema = ConfigKey("SCHEMA", default: "warehouse_orders", help: "PostgreSQL schema the service owns")
        static let queue = ConfigKey("QUEUE", default: "warehouse-orders", help: "the service's queue on the exchange")
        static let seasonScaling = ConfigKey(
            "SEASON_SCALING", default: false, help: "scale quantities by seasonScore/100 instead of gating at 0 (D002-08)")
        static let deployment = ConfigKey(
            "DEPLOYMENT", default: "production", help: "production or test; test settings are refused in production")
        static let testDemandMultiplier = ConfigKey<Double?>(
            "TEST_DEMAND_MULTIPLIER", default: nil, help: "test only: scales each desired quantity (D002-21)",
            parse: { text in Double(text).map { .some($0) } }, render: { $0.map { String($0) } ?? "unset" })

        static var documentation: [ConfigKeyDocumentation] {
            [schema.documentation, queue.documentation, seasonScaling.documentation, deployment.documentation,
             testDemandMultiplier.documentation]
        }
    }

    let descriptor: ServiceDescriptor
    let settings: ServiceSettings
    let dayTick: DayTickConfig

    init(environment: [String: String]) throws {
        let env = ServiceEnvironment(prefix: Self.prefix, values: environment)
        descriptor = ServiceDescriptor(
            name: "warehouse-orders", schema: try SchemaName(try env(Keys.schema)), queue: try env(Keys.queue),
            environmentPrefix: Self.prefix, defaultHTTPPort: Self.defaultHTTPPort, migrations: try WarehouseMigrations.load())
        settings = try descriptor.settings(environment: environment)
        var dayTick = DayTickConfig(seasonScaling: try env(Keys.seasonScaling))
        if let multiplier = try env(Keys.testDemandMultiplier) {
            guard try env(Keys.deployment) == "test" else {
                throw TestSettingRefused(variable: Self.prefix + Keys.testDemandMultiplier.name)
            }
            dayTick.testDemandMultiplier = multiplier
        }
        try dayTick.validate()
        self.dayTick = dayTick
    }

    /// `--help`'s list of variables: ServiceKit's and the service's own.
    static var help: String {
        let shared = ServiceSettings.documentation(service: "warehouse_orders", queue: "warehouse-orders", httpPort: defaultHTTPPort)
        return (shared + Keys.documentation).helpText(prefix: prefix)
    }
}

/// A test-only setting in a non-test deployment (D002-21).
struct TestSettingRefused: Error, CustomStringConvertible {
    let variable: String
    var description: String {
        "\(variable) is a test setting; set \(WarehouseOrdersConfiguration.prefix)DEPLOYMENT=test to use it"
    }
}
