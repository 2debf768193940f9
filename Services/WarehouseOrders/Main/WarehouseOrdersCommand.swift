import ArgumentParser

/// `warehouse-orders`: the service (`serve`, the default), its migrations (`migrate`) and the game
/// clock's job for operators and demos (`tick`), and its benchmark (`bench`).
@main
struct WarehouseOrdersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warehouse-orders",
        abstract: "Warehouse day ticks: customer orders from demand bands, season and price (seed 002 Step A).",
        discussion: WarehouseOrdersConfiguration.help,
        subcommands: [ServeCommand.self, MigrateCommand.self, TickCommand.self, BenchCommand.self],
        defaultSubcommand: ServeCommand.self)
}
