import ArgumentParser

/// `ranking-metrics`: the service (`serve`, the default), its migrations, the aggregate check and
/// the offline assignment solver.
@main
struct RankingMetricsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ranking-metrics",
        abstract: "Per-topic ranking aggregates, congestion metrics, trends, undo and optimal assignment.",
        discussion: RankingMetricsService.configurationHelp,
        subcommands: [Serve.self, Migrate.self, Verify.self, Assign.self],
        defaultSubcommand: Serve.self)
}
