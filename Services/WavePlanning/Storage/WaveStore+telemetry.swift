import Postgres

extension WaveStore {
    /// The telemetry rows of one step, one statement.
    func insertTelemetry(_ rows: [TelemetryRow]) -> PostgresStatement {
        PostgresStatement(
            """
            INSERT INTO \(table("wave_telemetry")) (wave_id, phase, pass, round_trips, rows_read, rows_written, duration_us)
            SELECT * FROM UNNEST($1::text[], $2::text[], $3::int[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[])
            """,
            [
                rows.map(\.waveId), rows.map(\.phase.rawValue), rows.map(\.pass), rows.map(\.roundTrips),
                rows.map(\.rowsRead), rows.map(\.rowsWritten), rows.map(\.durationMicroseconds),
            ])
    }
}
