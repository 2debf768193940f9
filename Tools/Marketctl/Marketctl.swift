import ArgumentParser

/// `marketctl`: what the systems around Market do to it, from a terminal: publish contract events,
/// request waves, ticks, rechecks and rollbacks, look after dead letters, watch the exchange, and run
/// the demo feed.
@main
struct Marketctl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marketctl",
        abstract: "Operate the Market system through its event exchange.",
        discussion: """
            Connects with MARKET_AMQP_URL (default amqp://market:market@127.0.0.1:55672/market, the local \
            development broker of scripts/infra.sh) and publishes on the exchange market.events.
            """,
        subcommands: [
            PublishCommand.self, RequestWaveCommand.self, TickCommand.self, RecheckCommand.self, RollbackCommand.self,
            DeadLettersCommand.self, TailCommand.self, DemoCommand.self,
        ])
}
