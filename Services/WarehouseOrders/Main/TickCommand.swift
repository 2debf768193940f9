import AMQP
import ArgumentParser
import EventContracts
import Foundation
import Logging
import Postgres
import ServiceKit
import WarehouseOrdersDomain

/// `warehouse-orders tick --day YYYY-MM-DD (--all | --warehouse ID)`: publishes `warehouse.day.tick`
/// for the day, as the game clock does, for every known warehouse or one.
///
/// Each tick's event id is derived from (warehouse, day), so running the command twice publishes the
/// same events and the consumer's inbox drops the repeats; the (warehouse, day) marker makes the outcome
/// unique even for ticks with other ids (D002-05). Replicas apply different warehouses in parallel.
struct TickCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick", abstract: "Publish warehouse.day.tick events for a day.",
        discussion: WarehouseOrdersConfiguration.help)

    @Option(help: "The UTC day, YYYY-MM-DD.")
    var day: String

    @Flag(help: "Tick every warehouse the service knows.")
    var all = false

    @Option(help: "Tick only this warehouse.")
    var warehouse: String?

    func validate() throws {
        guard DayKey(day) != nil else { throw ValidationError("--day '\(day)' is not a calendar date YYYY-MM-DD") }
        guard all != (warehouse != nil) else { throw ValidationError("give exactly one of --all and --warehouse ID") }
    }

    func run() async throws {
        let configuration = try WarehouseOrdersConfiguration(environment: ProcessInfo.processInfo.environment)
        LogfmtLogHandler.bootstrap(level: configuration.settings.logLevel)
        guard let dayKey = DayKey(day) else { throw ValidationError("--day '\(day)' is not a calendar date YYYY-MM-DD") }
        let logger = Logger(label: "warehouse-orders-tick")
        let store = WarehouseStore(schema: configuration.descriptor.schema)
        let pool = PostgresPool(url: configuration.settings.databaseURL, size: 1, applicationName: "warehouse-orders-tick", logger: logger)
        let only = warehouse.map { WarehouseID($0) }
        let buildings: [WarehouseBuilding]
        do {
            buildings = try await pool.withConnection { try store.warehouses(only: only, on: $0) }
            await pool.shutdown()
        } catch {
            await pool.shutdown()
            throw error
        }
        if let only, buildings.isEmpty { throw ValidationError("warehouse \(only) is not known to warehouse-orders") }
        let published = try await TickPublisher(settings: configuration.settings, logger: logger)
            .publish(day: dayKey, buildings: buildings)
        print("published \(published) warehouse.day.tick event(s) for \(dayKey)")
    }
}
