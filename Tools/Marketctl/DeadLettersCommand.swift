import AMQP
import ArgumentParser
import Foundation

/// `marketctl dead-letters`: what each service refused and why; re-publish what was fixed.
struct DeadLettersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dead-letters", abstract: "List, inspect and re-publish dead-lettered messages.",
        subcommands: [List.self, Show.self, Republish.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count and list each service's dead letters with their reasons.")
        @OptionGroup var broker: BrokerOptions
        @Option(help: "only this service") var service: String?
        @Option(help: "letters listed per service") var limit = 20

        func run() async throws {
            for service in service.map({ [$0] }) ?? DeadLetterQueue.services {
                let queue = DeadLetterQueue(name: "\(service).dlq", broker: broker)
                let letters = try await queue.read(limit: limit)
                print("\(service).dlq: \(letters.count == limit ? "\(limit)+" : "\(letters.count)") dead letter(s)")
                for letter in letters { print("  \(letter.id)  \(letter.type)  \(letter.reason)") }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one dead letter: headers and body.")
        @OptionGroup var broker: BrokerOptions
        @Option(help: "the service whose queue holds it") var service: String
        @Argument(help: "message id") var id: String
        @Option(help: "letters searched") var limit = 10_000

        func run() async throws {
            let letters = try await DeadLetterQueue(name: "\(service).dlq", broker: broker).read(limit: limit)
            guard let letter = letters.first(where: { $0.id == id }) else { throw ValidationError("no dead letter \(id) in \(service).dlq") }
            for (key, value) in letter.delivery.headers.sorted(by: { $0.key < $1.key }) { print("\(key): \(value)") }
            print()
            print(String(decoding: letter.delivery.body, as: UTF8.self))
        }
    }

    struct Republish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send dead letters back through the exchange under their original routing key, then drop them from the queue.")
        @OptionGroup var broker: BrokerOptions
        @Option(help: "the service whose dead letters to send back") var service: String
        @Option(parsing: .upToNextOption, help: "only these message ids (default: all)") var ids: [String] = []
        @Option(help: "letters handled") var limit = 10_000

        func run() async throws {
            let chosen = Set(ids)
            var sent = 0
            _ = try await DeadLetterQueue(name: "\(service).dlq", broker: broker).read(limit: limit) { letter, consumer in
                guard chosen.isEmpty || chosen.contains(letter.id) else { return }
                var headers = letter.delivery.headers
                for key in ["x-dead-letter-reason", "x-original-routing-key", "x-original-exchange"] { headers.removeValue(forKey: key) }
                let message = OutgoingMessage(
                    exchange: broker.exchange, routingKey: letter.type, body: letter.delivery.body, messageId: letter.delivery.messageId,
                    contentType: letter.delivery.contentType ?? "application/json", headers: headers)
                try await broker.publish([message])  // confirmed before the letter leaves the queue
                try await consumer.ack(letter.delivery.tag, multiple: false)
                sent += 1
            }
            print("re-published \(sent) dead letter(s) of \(service)")
        }
    }
}
