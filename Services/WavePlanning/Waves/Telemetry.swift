import Metrics
import Postgres

/// The phases a wave's bandwidth is accounted in (issue item 5).
enum WavePhase: String, Sendable {
    /// Reading the index and config, and persisting the fresh plan.
    case plan
    /// The in-memory planner alone (no database work; its time is the "planning compute").
    case compute
    /// Applying execution results (and, in the same transaction, the next pass or the completion).
    case results
    case reallocation
    case completion
}

/// One `wave_telemetry` row.
struct TelemetryRow: Sendable {
    var waveId: String
    var phase: WavePhase
    var pass: Int
    var roundTrips: Int64
    var rowsRead: Int64
    var rowsWritten: Int64
    var durationMicroseconds: Int64
}

/// Counts one phase's database work on one connection: round trips from the connection's own
/// counter, rows read and written as the phase reports them, and wall time.
struct PhaseMeter {
    private let connection: PostgresConnection
    private let startTrips: Int
    private let started = ContinuousClock.now
    private(set) var rowsRead: Int64 = 0
    private(set) var rowsWritten: Int64 = 0

    init(_ connection: PostgresConnection) {
        self.connection = connection
        startTrips = connection.roundTrips
    }

    mutating func read(_ rows: Int) { rowsRead += Int64(rows) }
    mutating func wrote(_ rows: Int) { rowsWritten += Int64(rows) }

    /// The row for this phase; `pendingTrips` counts round trips still to come (the pipeline that
    /// will carry this very row).
    func row(waveId: String, phase: WavePhase, pass: Int, pendingTrips: Int = 0) -> TelemetryRow {
        TelemetryRow(
            waveId: waveId, phase: phase, pass: pass, roundTrips: Int64(connection.roundTrips - startTrips + pendingTrips),
            rowsRead: rowsRead, rowsWritten: rowsWritten, durationMicroseconds: Self.micros(ContinuousClock.now - started))
    }

    static func micros(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
    }
}

/// The same figures as Prometheus counters, labelled by phase.
enum TelemetryMetrics {
    static func record(_ rows: [TelemetryRow]) {
        for row in rows {
            let dimensions = [("phase", row.phase.rawValue)]
            Counter(label: "wave_planning_db_round_trips_total", dimensions: dimensions).increment(by: row.roundTrips)
            Counter(label: "wave_planning_db_rows_read_total", dimensions: dimensions).increment(by: row.rowsRead)
            Counter(label: "wave_planning_db_rows_written_total", dimensions: dimensions).increment(by: row.rowsWritten)
            Counter(label: "wave_planning_phase_microseconds_total", dimensions: dimensions)
                .increment(by: row.durationMicroseconds)
        }
    }
}
