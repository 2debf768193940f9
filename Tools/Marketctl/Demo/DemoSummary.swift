import AMQP
import Foundation

/// The demo's closing words: what each service emitted, what was dead-lettered, where to look next.
struct DemoSummary {
    let counts: [String: [String: Int]]
    let broker: BrokerOptions

    static let endpoints = [
        ("voting", 8081, "/api/me/bricks/{brickId}"), ("pricing", 8082, "/api/bricks/{brickId}/state  (WebSocket: /live)"),
        ("wave-planning", 8083, "/api/waves/{waveId}"), ("purchase-execution", 8084, "/api/waves/{waveId}/sales"),
        ("warehouse-orders", 8085, "/api/warehouses/{id}/orders?day=2026-11-20"),
        ("ranking-metrics", 8086, "/api/periods/{periodId}/metrics"),
    ]

    func print() async throws {
        Swift.print("\nWhat each service did (events it emitted):")
        for (service, _, _) in Self.endpoints {
            let emitted = counts[service] ?? [:]
            let line = emitted.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            Swift.print("  \(service): \(line.isEmpty ? "nothing (is it running?)" : line)")
        }
        let configuration = try broker.configuration("demo-summary")
        Swift.print("\nDead letters (marketctl dead-letters list):")
        for (service, _, _) in Self.endpoints {
            let waiting = (try? await AMQPAdministration.messageCount(queue: "\(service).dlq", configuration: configuration)) ?? 0
            Swift.print("  \(service).dlq: \(waiting)")
        }
        Swift.print("\nWhere to look:")
        for (service, port, path) in Self.endpoints {
            Swift.print("  \(service): http://127.0.0.1:\(port)\(path)   metrics: http://127.0.0.1:\(port)/metrics")
        }
        Swift.print("  events as they happen: marketctl tail    broker UI: http://127.0.0.1:55673 (market/market)")
    }
}
