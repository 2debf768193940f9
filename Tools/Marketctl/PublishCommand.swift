import ArgumentParser
import EventContracts
import Foundation

/// `marketctl publish`: any contract event from JSON, validated before it is sent.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish", abstract: "Publish a contract event from JSON (a whole CloudEvent, or its data with --type).",
        discussion: "Known types: \(EventRegistry.v1.typeNames.joined(separator: ", ")).")

    @OptionGroup var broker: BrokerOptions
    @Option(help: "the event type, when the JSON is only the data object") var type: String?
    @Option(help: "the JSON itself (otherwise read from --file or standard input)") var json: String?
    @Option(help: "a file holding the JSON") var file: String?

    func run() async throws {
        let bytes: Data
        if let json {
            bytes = Data(json.utf8)
        } else if let file {
            bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        } else {
            bytes = FileHandle.standardInput.readDataToEndOfFile()
        }
        let message = try ContractMessage.message(json: bytes, type: type, exchange: broker.exchange)
        try await broker.publish([message])
        print("published \(message.routingKey) \(message.messageId ?? "")")
    }
}
