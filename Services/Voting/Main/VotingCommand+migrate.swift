import ArgumentParser
import ServiceKit

extension VotingCommand {
    /// Applies the migrations and exits.
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply the database migrations and exit.")

        func run() async throws {
            let env = try VotingEnvironment()
            try await env.withPool(size: 1, name: "voting-migrate") { pool, logger in
                try await env.descriptor.migrate(using: pool, logger: logger)
            }
        }
    }
}
