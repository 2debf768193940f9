import ArgumentParser
import ServiceKit

extension VotingCommand {
    /// Applies the migrations and exits.
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply the database migrations and exit.")

        func run() async throws {
            let env = try VotingEnvironment()
            try await env.descriptor.migrate(databaseURL: env.settings.databaseURL)
        }
    }
}
