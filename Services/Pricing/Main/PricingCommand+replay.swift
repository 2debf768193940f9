import ArgumentParser
import Foundation
import Logging
import Postgres

extension PricingCommand {
    /// `pricing replay [--brick ID]`: rebuilds state from the ledger alone and compares it with the
    /// stored state; prints every difference and exits non-zero when there is one.
    struct Replay: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild brick states from the ledger and compare them with the stored states.")

        @Option(name: .long, help: "Replay only this brick (a UUID).")
        var brick: String?

        func validate() throws {
            if let brick, UUID(uuidString: brick) == nil {
                throw ValidationError("--brick \(brick.debugDescription) is not a UUID")
            }
        }

        func run() async throws {
            let env = try PricingEnvironment()
            let pool = PostgresPool(url: env.settings.databaseURL, size: 1, applicationName: "pricing-replay", logger: Logger(label: "pricing"))
            let replay = StateReplay(store: PricingStore(schema: env.descriptor.schema), config: PricingService.config)
            let report: StateReplay.Report
            do {
                report = try await replay.run(brickId: brick.flatMap(UUID.init(uuidString:)), pool: pool)
            } catch {
                await pool.shutdown()
                throw error
            }
            await pool.shutdown()
            for mismatch in report.mismatches { print(mismatch) }
            print("replayed \(report.entriesReplayed) ledger entries of \(report.bricksChecked) bricks: \(report.mismatches.count) differing")
            if !report.mismatches.isEmpty { throw ExitCode(1) }
        }
    }
}
