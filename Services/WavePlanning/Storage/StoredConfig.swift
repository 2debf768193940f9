import Postgres
import WavePlanningDomain

/// The one versioned `wave_config` row: the planner's configuration plus the service's own knobs.
struct StoredConfig: Sendable, Equatable {
    var version: Int64
    var defaultBudgetCents: Int64
    var candidateIndexSize: Int64
    var config: WaveConfig

    static let columns = "version, default_budget_cents, candidate_index_size, config"

    init(version: Int64, defaultBudgetCents: Int64, candidateIndexSize: Int64, config: WaveConfig) {
        self.version = version
        self.defaultBudgetCents = defaultBudgetCents
        self.candidateIndexSize = candidateIndexSize
        self.config = config
    }

    /// An empty JSON object (what the migration seeds) means the decisions' defaults.
    init(_ row: PostgresRow) throws {
        version = try row.decode("version")
        defaultBudgetCents = try row.decode("default_budget_cents")
        candidateIndexSize = try row.decode("candidate_index_size")
        let text: String = try row.decode("config")
        config = text.filter { !$0.isWhitespace } == "{}" ? WaveConfig() : try JSONColumn.decode(WaveConfig.self, from: text)
    }
}

extension WaveStore {
    func readConfig(forUpdate: Bool = false) -> PostgresStatement {
        PostgresStatement("SELECT \(StoredConfig.columns) FROM \(table("wave_config"))\(forUpdate ? " FOR UPDATE" : "")")
    }

    /// Writes a new version of the config and logs the change with its operator (§14), in one statement.
    func writeConfig(_ stored: StoredConfig, operatorId: String, action: String, detail: String) throws -> PostgresStatement {
        PostgresStatement(
            """
            WITH updated AS (
              UPDATE \(table("wave_config")) SET version = version + 1, default_budget_cents = $1,
                candidate_index_size = $2, config = $3::jsonb, updated_at = now(), updated_by = $4
              RETURNING version
            )
            INSERT INTO \(table("admin_change")) (operator_id, action, detail, config_version)
            SELECT $4, $5, $6::jsonb, version FROM updated
            RETURNING config_version
            """,
            [
                stored.defaultBudgetCents, stored.candidateIndexSize, try JSONColumn.encode(stored.config), operatorId, action,
                detail,
            ])
    }

    /// Blacklists a product or company and logs it with its operator, in one statement.
    func blacklist(entityType: String, entityId: String, operatorId: String, reason: String, detail: String) -> PostgresStatement {
        PostgresStatement(
            """
            WITH listed AS (
              INSERT INTO \(table("blacklist")) (entity_type, entity_id, operator_id, reason)
              VALUES ($1, $2, $3, $4)
              ON CONFLICT (entity_type, entity_id) DO UPDATE SET operator_id = EXCLUDED.operator_id,
                reason = EXCLUDED.reason, created_at = now()
              RETURNING entity_id
            )
            INSERT INTO \(table("admin_change")) (operator_id, action, entity_id, detail)
            SELECT $3, $5, entity_id, $6::jsonb FROM listed
            RETURNING change_id
            """, [entityType, entityId, operatorId, reason, "blacklist_\(entityType.lowercased())", detail])
    }
}
