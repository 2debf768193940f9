import Auth
import Foundation
import Logging
import Postgres
import ServiceLifecycle

/// Turns the state-change notifications of the `<schema>_live` channel into one message per
/// subscriber of the changed brick, rendered for that subscriber's access level.
struct BrickLiveFeed: Service {
    let hub: BrickLiveHub
    let reader: BrickStateReader
    let databaseURL: String
    let logger: Logger

    var channel: String { "\(reader.store.schema)_live" }

    func run() async throws {
        let listener = PostgresListener(url: databaseURL, channels: [channel], applicationName: "pricing-live", logger: logger)
        await withGracefulShutdownHandler {
            for await event in listener.events {
                guard case .notification(_, let payload) = event, let brickId = UUID(uuidString: payload) else { continue }
                await push(brickId)
            }
        } onGracefulShutdown: {
            Task { await listener.shutdown() }
        }
        await hub.closeAll()
    }

    /// Sends the brick's current state to each of its subscribers; two queries however many watch it.
    func push(_ brickId: UUID) async {
        let audience = await hub.audience(of: brickId)
        guard !audience.isEmpty else { return }
        do {
            guard let responses = try await reader.responses(brickId: brickId, for: audience.map(\.viewer)) else { return }
            var messages: [UUID: String] = [:]
            for (subscriber, response) in zip(audience, responses) {
                messages[subscriber.id] = try BrickLiveMessage(response).text()
            }
            await hub.deliver(messages, about: brickId)
        } catch {
            logger.warning("live update skipped", metadata: ["brick_id": "\(brickId)", "error": "\(error)"])
        }
    }
}
