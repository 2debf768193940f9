import EventContracts
import Foundation
import Postgres
import ServiceKit
import WarehouseOrdersDomain

/// Loads a ``BenchWorld`` and times its ticks through the service's handler, one transaction per batch
/// exactly as the consumer applies them.
struct TickBench {
    let schema: SchemaName
    let applier: BatchApplier<WarehouseOrdersHandler>
    let pool: PostgresPool

    /// Reference events per loading transaction.
    static let loadChunk = 2_000

    struct SingleTicks {
        var milliseconds: [Double]
        var roundTrips: Int
        var units: Int64
        var medianMilliseconds: Double { milliseconds.sorted()[milliseconds.count / 2] }
    }

    struct FullDay {
        var seconds: Double
        var transactions: Int
        var roundTrips: Int
        var units: Int64
    }

    func load(_ world: BenchWorld) async throws {
        var events = try world.catalog()
        for index in 0..<world.warehouses { events += try world.stockedWarehouse(index) }
        for start in stride(from: 0, to: events.count, by: Self.loadChunk) {
            _ = try await apply(Array(events[start..<min(start + Self.loadChunk, events.count)]))
        }
        try await analyze()
    }

    /// Statistics of the loaded world, as autovacuum keeps them for a running service, so the figures do
    /// not depend on when it last sampled the tables. (Measuring with them exposed a plan that statistics
    /// of a small table make slow: migration 0004 of warehouse-orders.)
    private func analyze() async throws {
        let schema = schema
        _ = try await pool.withConnection { connection in
            let tables = try connection.query(
                "SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename", [schema.description]
            ).map { "\(schema).\(try $0.decode(0, as: String.self))" }
            try connection.execute(script: "ANALYZE \(tables.joined(separator: ", "))")
        }
    }

    /// Warehouse 0 of `world` ticked on `days` consecutive game days, each in its own transaction.
    func singleTicks(_ world: BenchWorld, days: Int) async throws -> SingleTicks {
        var runs = SingleTicks(milliseconds: [], roundTrips: 0, units: 0)
        for offset in 0..<days {
            let day = try dayKey(offset)
            let tick = try IncomingEvent(CloudEvent(
                id: UUID(), source: "urn:market:bench", time: BenchWorld.listedAt,
                data: EventContracts.WarehouseDayTick(companyId: world.company(0), warehouseBuildingId: world.warehouse(0), dayKey: day)))
            let started = ContinuousClock.now
            let (roundTrips, units) = try await apply([tick])
            runs.milliseconds.append(milliseconds(started.duration(to: .now)))
            runs.roundTrips = roundTrips
            runs.units = units
        }
        return runs
    }

    func fullDay(_ world: BenchWorld, batchSize: Int) async throws -> FullDay {
        let ticks = try (0..<world.warehouses).map(world.tick)
        var day = FullDay(seconds: 0, transactions: 0, roundTrips: 0, units: 0)
        let started = ContinuousClock.now
        for start in stride(from: 0, to: ticks.count, by: batchSize) {
            let (roundTrips, units) = try await apply(Array(ticks[start..<min(start + batchSize, ticks.count)]))
            day.transactions += 1
            day.roundTrips += roundTrips
            day.units += units
        }
        day.seconds = milliseconds(started.duration(to: .now)) / 1_000
        return day
    }

    /// One transaction; its round trips (BEGIN and COMMIT included) and the units the ticks ordered.
    private func apply(_ events: [IncomingEvent]) async throws -> (roundTrips: Int, units: Int64) {
        let applier = applier
        let (inside, emitted) = try await pool.transaction { connection in
            let before = connection.roundTrips
            let result = try applier.apply(events, on: connection)
            return (connection.roundTrips - before, result.emitted)
        }
        let units = try emitted.filter { $0.type == WarehouseDayCompleted.eventType }.reduce(Int64(0)) { sum, message in
            sum + (try EventEnvelope(decoding: Data(message.body.utf8)).decode(as: WarehouseDayCompleted.self).data.unitsOrdered)
        }
        return (inside + 2, units)
    }

    /// The game day `offset` days after the benchmark's first.
    private func dayKey(_ offset: Int) throws -> String {
        guard let day = DayKey(utcDateOf: BenchWorld.firstDayNoon.addingTimeInterval(Double(offset) * 86_400)) else {
            throw BenchDayOutOfRange(offset: offset)
        }
        return day.description
    }

    private func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    }
}

struct BenchDayOutOfRange: Error { let offset: Int }
