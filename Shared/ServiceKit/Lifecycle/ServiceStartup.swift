import Foundation
import Logging
import Postgres

/// What every subcommand of a service reads first: its prefixed environment, who it is, and
/// ServiceKit's settings; reading it also starts logfmt logging at the configured level.
///
/// A service names it for itself and adds an initializer that fills in its own prefix and descriptor:
/// ```swift
/// typealias PricingEnvironment = ServiceStartup
/// extension ServiceStartup {
///     init() throws { try self.init(prefix: PricingService.prefix, descriptor: PricingService.descriptor) }
/// }
/// ```
public struct ServiceStartup: Sendable {
    /// The service's own variables (the prefix applied), for the keys beyond ``ServiceSettings``.
    public let environment: ServiceEnvironment
    public let descriptor: ServiceDescriptor
    public let settings: ServiceSettings

    /// Reads `values` (the process environment unless given) with `prefix`, builds the descriptor from
    /// it, reads the settings and bootstraps logging.
    ///
    /// - Throws: a ``ConfigurationError`` naming the variable that is missing or malformed, or what
    ///   `descriptor` throws.
    public init(
        prefix: String, values: [String: String] = ProcessInfo.processInfo.environment,
        descriptor: (ServiceEnvironment) throws -> ServiceDescriptor
    ) throws {
        environment = ServiceEnvironment(prefix: prefix, values: values)
        self.descriptor = try descriptor(environment)
        settings = try self.descriptor.settings(environment: values)
        LogfmtLogHandler.bootstrap(level: settings.logLevel)
    }
}

extension ServiceStartup {
    /// ``ServiceDescriptor/withPool(databaseURL:size:applicationName:_:)`` on the configured database.
    public func withPool<T>(
        size: Int = 1, applicationName: String, _ body: (PostgresPool, Logger) async throws -> T
    ) async throws -> T {
        try await descriptor.withPool(databaseURL: settings.databaseURL, size: size, applicationName: applicationName, body)
    }
}
