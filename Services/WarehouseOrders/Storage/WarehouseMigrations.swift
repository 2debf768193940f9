import Foundation
import Postgres
import ServiceKit

/// The service's SQL migrations, bundled as the `Migrations` resource folder.
enum WarehouseMigrations {
    /// Every `NNNN_name.sql` file of the bundle, in order (see ``Migrator/load(bundle:service:)``).
    static func load() throws -> [Migration] {
        try Migrator.load(bundle: .module, service: "warehouse-orders")
    }
}
