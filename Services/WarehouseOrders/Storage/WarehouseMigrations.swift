import Foundation
import Postgres

/// The service's SQL migrations, bundled as the `Migrations` resource folder.
enum WarehouseMigrations {
    /// Every `NNNN_name.sql` file of the bundle, in order.
    ///
    /// - Throws: ``MissingMigrationsError`` when the resource folder is absent from the build, or a
    ///   `PostgresError` naming a badly named or unreadable file.
    static func load() throws -> [Migration] {
        guard let folder = Bundle.module.url(forResource: "Migrations", withExtension: nil) else {
            throw MissingMigrationsError()
        }
        return try Migrator.load(directory: folder)
    }
}

/// The build lost the `Migrations` resource folder: the service cannot know its schema.
struct MissingMigrationsError: Error, CustomStringConvertible {
    var description: String { "the Migrations resource folder is missing from the warehouse-orders bundle" }
}
