import Foundation
import Postgres

/// The service's SQL migrations, bundled as the `Migrations` resource folder.
enum PurchaseMigrations {
    /// Every `NNNN_name.sql` file of the bundle, in order.
    ///
    /// - Throws: ``MissingMigrations`` when the build lost the resource folder, or a `PostgresError`
    ///   naming a badly named or unreadable file.
    static func load() throws -> [Migration] {
        guard let folder = Bundle.module.url(forResource: "Migrations", withExtension: nil) else {
            throw MissingMigrations()
        }
        return try Migrator.load(directory: folder)
    }
}

/// The executable was built without its `Migrations` resource folder: it cannot know its schema.
struct MissingMigrations: Error, CustomStringConvertible {
    var description: String { "the Migrations resource folder is missing from the purchase-execution bundle" }
}
