import Postgres
import WavePlanningDomain

/// One `wave` row as a wave in progress needs it: the persisted ledger and the config snapshot
/// it was planned with, so a restart continues exactly where it stopped (D000-39).
struct WaveRecord: Sendable {
    var waveId: String
    var isDone: Bool
    var facts: PlanFacts
    var config: WaveConfig
    var currentPass: Int
    var openBatches: Int
    var flaggedCount: Int
    var ledger: WaveLedger

    static let columns = """
        wave_id, status, budget_cents, seed, config_version, config, current_pass, open_batches, flagged_count,
        candidate_count, eligible_count, ledger
        """

    init(_ row: PostgresRow) throws {
        waveId = try row.decode("wave_id")
        isDone = try row.decode("status", as: String.self) == "done"
        facts = PlanFacts(
            budgetCents: try row.decode("budget_cents"), candidateCount: try row.decode("candidate_count"),
            eligibleCount: try row.decode("eligible_count"), seed: try row.decode("seed"),
            configVersion: try row.decode("config_version"))
        config = try JSONColumn.decode(WaveConfig.self, row, "config")
        currentPass = try row.decode("current_pass")
        openBatches = try row.decode("open_batches")
        flaggedCount = try row.decode("flagged_count")
        ledger = try JSONColumn.decode(WaveLedger.self, row, "ledger")
    }
}
