import AMQP
import ArgumentParser
import Foundation
import Logging

/// Where the broker is, shared by every subcommand.
struct BrokerOptions: ParsableArguments {
    @Option(help: "broker URL (default: MARKET_AMQP_URL or the local development broker)")
    var amqpURL = ProcessInfo.processInfo.environment["MARKET_AMQP_URL"] ?? "amqp://market:market@127.0.0.1:55672/market"

    @Option(help: "the exchange every event goes through")
    var exchange = "market.events"

    func configuration(_ name: String) throws -> AMQPConfiguration {
        AMQPConfiguration(url: try AMQPURL(amqpURL), connectionName: "marketctl-\(name)")
    }

    var logger: Logger {
        var logger = Logger(label: "marketctl")
        logger.logLevel = .warning
        return logger
    }

    /// Publishes with confirms; returns when the broker has every message.
    func publish(_ messages: [OutgoingMessage]) async throws {
        let publisher = AMQPPublisher(
            configuration: try configuration("publisher"),
            topology: Topology(exchanges: [ExchangeSpec(name: exchange, kind: .topic)]), logger: logger)
        do {
            for start in stride(from: 0, to: messages.count, by: 500) {
                try await publisher.publish(Array(messages[start..<min(start + 500, messages.count)]))
            }
        } catch {
            await publisher.shutdown()
            throw error
        }
        await publisher.shutdown()
    }
}
