import AMQP
import ArgumentParser
import Foundation

/// `marketctl tail`: every event crossing the exchange, as it happens, from a queue of its own that
/// the broker deletes when marketctl leaves.
struct TailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tail", abstract: "Print events as they cross the exchange.")

    @OptionGroup var broker: BrokerOptions
    @Option(parsing: .upToNextOption, help: "routing-key patterns, e.g. vote.* brick.# (default: everything)")
    var types: [String] = ["#"]
    @Flag(help: "print each whole event, not a one-line summary") var json = false
    @Option(help: "stop after this many events") var count: Int?

    func run() async throws {
        let queue = QueueSpec.transient(
            name: "marketctl.tail.\(UUID().uuidString.prefix(8).lowercased())",
            bindings: types.map { QueueSpec.Binding(exchange: broker.exchange, routingKey: $0) })
        let consumer = AMQPConsumer(
            configuration: try broker.configuration("tail"), queue: queue.name, prefetch: 200,
            topology: Topology(exchanges: [ExchangeSpec(name: broker.exchange, kind: .topic)], queues: [queue]),
            logger: broker.logger)
        var seen = 0
        for await delivery in consumer.deliveries {
            let message = ReceivedMessage(delivery)
            if json {
                print(String(decoding: delivery.body, as: UTF8.self))
            } else {
                let subject = message.envelope?.subject ?? "-"
                print("\(message.envelope.map { "\($0.time)" } ?? "-")  \(delivery.routingKey)  \(subject)  \(message.id)")
            }
            try await consumer.ack(delivery.tag, multiple: false)
            seen += 1
            if let count, seen >= count { break }
        }
        await consumer.shutdown()
    }
}
