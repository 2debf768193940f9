import ArgumentParser
import EventContracts
import Foundation
import Money

/// `marketctl wave`: asks wave-planning for a purchase wave.
struct RequestWaveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "wave", abstract: "Request a purchase wave (wave.requested).")

    @OptionGroup var broker: BrokerOptions
    @Option(help: "budget in dollars, e.g. 5000.00 (default: the configured budget)") var budget: String?
    @Option(help: "wave id (default: a new UUID)") var waveId = UUID().uuidString.lowercased()
    @Option(help: "seed of the wave's random sample (default: derived from the wave id)") var seed: String?
    @Option(help: "operator id recorded with the request") var requestedBy = "marketctl"

    func run() async throws {
        let cents = try budget.map { try Cents(parsing: $0).rawValue }
        try await broker.publish([try ContractMessage.message(
            WaveRequested(waveId: waveId, budgetCents: cents, seed: seed, requestedBy: requestedBy), exchange: broker.exchange)])
        print("requested wave \(waveId)")
    }
}

/// `marketctl tick`: the game clock's day tick for warehouses.
struct TickCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick", abstract: "Tick warehouses for a day (warehouse.day.tick); each needs its company.")

    @OptionGroup var broker: BrokerOptions
    @Option(help: "the game day, YYYY-MM-DD") var day: String
    @Option(parsing: .upToNextOption, help: "COMPANY:WAREHOUSE pairs") var warehouses: [String]

    func run() async throws {
        let messages = try warehouses.map { pair in
            let parts = pair.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("\(pair) is not COMPANY:WAREHOUSE") }
            return try ContractMessage.message(
                WarehouseDayTick(companyId: parts[0], warehouseBuildingId: parts[1], dayKey: day), exchange: broker.exchange)
        }
        try await broker.publish(messages)
        print("ticked \(messages.count) warehouse(s) for \(day)")
    }
}

/// `marketctl recheck`: sends a brick back to the crowd (brick.recheck.requested).
struct RecheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "recheck", abstract: "Request a brick recheck.")

    @OptionGroup var broker: BrokerOptions
    @Option(help: "brick id") var brick: String
    @Option(help: "why, recorded in the ledger") var reason = "operator recheck"

    func run() async throws {
        try await broker.publish([try ContractMessage.message(BrickRecheckRequested(brickId: brick, reason: reason), exchange: broker.exchange)])
        print("requested a recheck of brick \(brick)")
    }
}

/// `marketctl rollback`: reverses every sale of a wave (wave.rollback.requested).
struct RollbackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rollback", abstract: "Request a wave rollback.")

    @OptionGroup var broker: BrokerOptions
    @Option(help: "wave id") var wave: String
    @Option(help: "why") var reason = "operator rollback"
    @Option(help: "operator id") var requestedBy = "marketctl"

    func run() async throws {
        try await broker.publish([try ContractMessage.message(
            WaveRollbackRequested(waveId: wave, requestedBy: requestedBy, reason: reason), exchange: broker.exchange)])
        print("requested the rollback of wave \(wave)")
    }
}
