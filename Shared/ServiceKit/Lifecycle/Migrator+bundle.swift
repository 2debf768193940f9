import Foundation
import Postgres

extension Migrator {
    /// The `NNNN_name.sql` files a service ships as the `Migrations` resource folder of its bundle, in order.
    ///
    /// Call it from the service's own module with `Bundle.module`, which only that module can name:
    /// `try Migrator.load(bundle: .module, service: "pricing")`.
    ///
    /// - Throws: ``MissingMigrations`` naming `service` when the build lost the folder, or the
    ///   `PostgresError` of ``Migrator/load(directory:)`` naming a badly named or unreadable file.
    public static func load(bundle: Bundle, service: String) throws -> [Migration] {
        guard let folder = bundle.url(forResource: "Migrations", withExtension: nil) else {
            throw MissingMigrations(service: service)
        }
        return try load(directory: folder)
    }
}

/// The executable was built without its `Migrations` resource folder: it cannot know its schema.
public struct MissingMigrations: Error, CustomStringConvertible {
    /// The service whose bundle lacks the folder, e.g. `wave-planning`.
    public let service: String

    public init(service: String) { self.service = service }

    public var description: String { "the \(service) executable's Migrations resource folder is missing" }
}
