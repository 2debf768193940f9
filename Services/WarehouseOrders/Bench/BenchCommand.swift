import ArgumentParser
import Foundation
import Logging
import Postgres
import ServiceKit
import WarehouseOrdersDomain

/// `warehouse-orders bench`: the two figures, measured through the service's own handler and
/// storage in a throwaway schema (release build: `scripts/bench.sh warehouse-orders`). Not a test.
///
/// 1. One tick of a warehouse with `--listings` listings, and of one with a tenth as many: time and
///    database round trips of each (the round trips must not grow with the listings).
/// 2. A whole day of `--warehouses` × `--listings-per-warehouse`, ticks applied in consumer-sized
///    batches, one transaction each.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmark day ticks in a throwaway schema and print the figures.")

    @Option(help: "admin database URL (default: MARKET_DATABASE_URL or the local development server)")
    var databaseURL = ProcessInfo.processInfo.environment["MARKET_DATABASE_URL"] ?? "postgres://market:market@127.0.0.1:55432/market"
    @Option(help: "listings of the single big warehouse") var listings = 10_000
    @Option(help: "warehouses of the full day") var warehouses = 1_000
    @Option(help: "listings of each warehouse of the full day") var listingsPerWarehouse = 100
    @Option(help: "ticks per transaction in the full day, as the consumer batches them") var batchSize = 500
    @Option(help: "measured repetitions of the single tick (one game day each)") var repetitions = 5

    func run() async throws {
        LogfmtLogHandler.bootstrap(level: .warning)
        let logger = Logger(label: "warehouse-orders-bench")
        let schema = try SchemaName("bench_wo_\(UUID().uuidString.prefix(8).lowercased())")
        let pool = PostgresPool(url: databaseURL, size: 2, applicationName: "warehouse-orders-bench", logger: logger)
        let bench = TickBench(
            schema: schema,
            applier: BatchApplier(
                schema: schema, handler: WarehouseOrdersHandler(store: WarehouseStore(schema: schema), config: DayTickConfig()),
                logger: logger),
            pool: pool)
        do {
            try await migrate(schema: schema, pool: pool, logger: logger)
            try await report(bench)
        } catch {
            await drop(schema, pool: pool)
            throw error
        }
        await drop(schema, pool: pool)
    }

    private func report(_ bench: TickBench) async throws {
        print("warehouse-orders bench: one tick (median of \(repetitions) days)")
        for size in [listings / 10, listings] {
            let world = BenchWorld(warehouses: 1, listingsPerWarehouse: size, prefix: "s\(size)-")
            try await bench.load(world)
            let runs = try await bench.singleTicks(world, days: repetitions)
            print(String(
                format: "  %7d listings: %8.1f ms  %2d round trips  %6d units ordered", size, runs.medianMilliseconds,
                runs.roundTrips, runs.units))
        }
        let day = BenchWorld(warehouses: warehouses, listingsPerWarehouse: listingsPerWarehouse, prefix: "d-")
        try await bench.load(day)
        let full = try await bench.fullDay(day, batchSize: batchSize)
        print(String(
            format: "full day: %d warehouses x %d listings in %.2f s (%d transactions, %d round trips, %d units ordered)",
            warehouses, listingsPerWarehouse, full.seconds, full.transactions, full.roundTrips, full.units))
    }

    private func migrate(schema: SchemaName, pool: PostgresPool, logger: Logger) async throws {
        let descriptor = ServiceDescriptor(
            name: "warehouse-orders", schema: schema, queue: "warehouse-orders-bench", environmentPrefix: "BENCH_",
            defaultHTTPPort: 0, migrations: try WarehouseMigrations.load())
        try await descriptor.migrate(using: pool, logger: logger)
    }

    private func drop(_ schema: SchemaName, pool: PostgresPool) async {
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA \(schema) CASCADE") }
        await pool.shutdown()
    }
}
