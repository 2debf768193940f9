import Auth
import Foundation
import ServiceKit

/// Who the purchase-execution service is and its own configuration (beyond ``ServiceSettings``):
/// `PURCHASE_EXECUTION_SCHEMA`, `_QUEUE` (tests run replicas in their own schema and queue) and
/// `_JWT_SECRET` and `_JWT_AUDIENCE` (the audit API's bearer tokens, ``BearerTokenKeys``).
enum PurchaseExecutionService {
    static let prefix = "PURCHASE_EXECUTION_"
    static let defaultHTTPPort = 8084

    enum Keys {
        static let schema = ConfigKey("SCHEMA", default: "purchase_execution", help: "PostgreSQL schema the service owns")
        static let queue = ConfigKey("QUEUE", default: "purchase-execution", help: "queue the service consumes")
        static let all = [schema.documentation, queue.documentation] + BearerTokenKeys.documentation
    }

    static func descriptor(environment: ServiceEnvironment) throws -> ServiceDescriptor {
        ServiceDescriptor(
            name: "purchase-execution", schema: try SchemaName(try environment(Keys.schema)),
            queue: try environment(Keys.queue), environmentPrefix: prefix, defaultHTTPPort: defaultHTTPPort,
            migrations: try PurchaseMigrations.load())
    }

    /// The shared variables and the service's own, for `--help`.
    static var configurationHelp: String {
        let shared = ServiceSettings.documentation(
            service: "purchase_execution", queue: "purchase-execution", httpPort: defaultHTTPPort)
        return (shared + Keys.all).helpText(prefix: prefix)
    }
}
