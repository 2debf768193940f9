import Foundation
import Postgres
import ServiceKit

// A service made only for ServiceKit's integration tests: the real runner, consumer, relay and
// HTTP server around ``ProbeHandler``. Everything is configured by `PROBE_*` variables
// (PROBE_SCHEMA and PROBE_QUEUE name its schema and queue, PROBE_APPLY_PAUSE_MS slows every batch;
// the rest are ServiceSettings keys).
let environment = ProcessInfo.processInfo.environment
do {
    let schema = try SchemaName(environment["PROBE_SCHEMA"] ?? "servicekit_probe")
    let descriptor = ServiceDescriptor(
        name: "servicekit-probe", schema: schema, queue: environment["PROBE_QUEUE"] ?? "servicekit-probe",
        environmentPrefix: "PROBE_", defaultHTTPPort: 8099,
        migrations: [
            Migration(
                version: 1, name: "applied",
                sql: "CREATE TABLE applied (event_id text NOT NULL, brick_id text NOT NULL, at timestamptz DEFAULT now());")
        ])
    if CommandLine.arguments.contains("--help") {
        print(descriptor.configurationHelp)
        exit(0)
    }
    let settings = try descriptor.settings(environment: environment)
    let pause = TimeInterval(environment["PROBE_APPLY_PAUSE_MS"] ?? "0").map { $0 / 1_000 } ?? 0
    LogfmtLogHandler.bootstrap(level: settings.logLevel)
    try await ServiceRunner(descriptor: descriptor, makeHandler: { _ in ProbeHandler(schema: schema, pausePerBatch: pause) })
        .run(settings: settings)
} catch {
    FileHandle.standardError.write(Data("servicekit-probe: \(error)\n".utf8))
    exit(1)
}
