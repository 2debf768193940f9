import AMQP
import Logging
import Postgres

/// What a running service's handlers, routes and jobs share: built once by ``ServiceRunner``.
public struct ServiceContext: Sendable {
    public let descriptor: ServiceDescriptor
    public let settings: ServiceSettings
    public let pool: PostgresPool
    public let publisher: AMQPPublisher
    public let logger: Logger
}
