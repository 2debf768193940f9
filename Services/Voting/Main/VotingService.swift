import Auth
import Foundation
import Postgres
import ServiceKit
import VotingDomain

/// Who the voting service is and the configuration of its own (beyond ``ServiceSettings``).
enum VotingService {
    static let prefix = "VOTING_"

    /// Voting's own variables, listed in `--help` after the shared ones.
    enum Keys {
        static let schema = ConfigKey("SCHEMA", default: "voting", help: "PostgreSQL schema the service owns")
        static let queue = ConfigKey("QUEUE", default: "voting", help: "queue the service consumes")
        static let ipHashSalt = ConfigKey(
            "IP_HASH_SALT", default: "market-development-ip-salt", help: "salt appended to client addresses before SHA-256 (ip_hash)")
        static let trustForwardedFor = ConfigKey(
            "TRUST_FORWARDED_FOR", default: false,
            help: "true only behind one proxy that appends the client address to X-Forwarded-For: ip_hash then hashes "
                + "that last hop; otherwise the header is ignored and the socket's peer address is hashed")
        static let maxBodyBytes = ConfigKey("MAX_BODY_BYTES", default: 4_096, help: "largest accepted vote intent body (413 above)")
        static let enrichBatchSize = ConfigKey("ENRICH_BATCH_SIZE", default: 500, help: "intents per enrichment transaction (B.1)")
        static let enrichPollMilliseconds = ConfigKey(
            "ENRICH_POLL_MS", default: 1_000, help: "enricher poll interval when no NOTIFY arrives")
        static let userRatePerMinute = ConfigKey("USER_RATE_PER_MINUTE", default: 20, help: "intents per user per minute (P-27)")
        static let ipRatePerMinute = ConfigKey("IP_RATE_PER_MINUTE", default: 120, help: "intents per ip hash per minute (P-27)")

        static let all =
            [schema.documentation, queue.documentation] + BearerTokenKeys.documentation + [
                ipHashSalt.documentation, trustForwardedFor.documentation, maxBodyBytes.documentation,
                enrichBatchSize.documentation, enrichPollMilliseconds.documentation, userRatePerMinute.documentation,
                ipRatePerMinute.documentation,
            ]
    }

    /// The migrations shipped in the executable's bundle.
    static func migrations() throws -> [Migration] {
        try Migrator.load(bundle: .module, service: "voting")
    }

    static func descriptor(environment: ServiceEnvironment) throws -> ServiceDescriptor {
        ServiceDescriptor(
            name: "voting", schema: try SchemaName(try environment(Keys.schema)), queue: try environment(Keys.queue),
            environmentPrefix: prefix, defaultHTTPPort: 8081, migrations: try migrations())
    }

    /// The shared variables and voting's own, for `--help`.
    static var configurationHelp: String {
        let shared = ServiceSettings.documentation(service: "voting", queue: "voting", httpPort: 8081)
        return (shared + Keys.all).helpText(prefix: prefix)
    }

    /// The seed's locked values with the configured rate limits (P-27), validated.
    static func config(environment: ServiceEnvironment) throws -> VotingConfig {
        var config = VotingConfig.standard
        config.userRateLimit = RateLimit(capacity: Int64(try environment(Keys.userRatePerMinute)), windowSeconds: 60)
        config.ipRateLimit = RateLimit(capacity: Int64(try environment(Keys.ipRatePerMinute)), windowSeconds: 60)
        try config.validate()
        return config
    }

    /// Names the replica on each outcome it decides.
    static var replicaName: String { "\(ProcessInfo.processInfo.hostName)/\(ProcessInfo.processInfo.processIdentifier)" }
}
