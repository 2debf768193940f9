import ArgumentParser
import Foundation
import Logging
import Postgres
import RankingMetricsDomain

/// Recomputes every aggregate from the rankings; prints the differences as JSON and exits 1 on any.
struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every per-topic aggregate against a recomputation from the rankings.")

    func run() async throws {
        let settings = try RankingMetricsSettings()
        let logger = Logger(label: "ranking-metrics")
        let pool = PostgresPool(url: settings.service.databaseURL, size: 1, applicationName: "ranking-metrics", logger: logger)
        let store = settings.store
        let discrepancies: [AggregateDiscrepancy]
        do {
            discrepancies = try await pool.withConnection { try store.verifyAggregates(on: $0) }
        } catch {
            await pool.shutdown()
            throw error
        }
        await pool.shutdown()
        print(try VerifyReport(discrepancies: discrepancies).json())
        if !discrepancies.isEmpty { throw ExitCode(1) }
    }
}

/// What `verify` prints: the differing topics, maintained beside recomputed.
struct VerifyReport: Encodable {
    let consistent: Bool
    let discrepancies: [AggregateDiscrepancy]

    init(discrepancies: [AggregateDiscrepancy]) {
        consistent = discrepancies.isEmpty
        self.discrepancies = discrepancies
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
