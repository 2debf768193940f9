import AMQP
import EventContracts
import Foundation
import Logging
import ServiceKit
import WarehouseOrdersDomain

/// Publishes day ticks to the exchange with publisher confirms, in chunks.
struct TickPublisher {
    let settings: ServiceSettings
    let logger: Logger

    /// Messages per confirmed publish call.
    static let chunkSize = 500

    /// The tick event of one warehouse and day; its id is a function of both.
    static func event(for building: WarehouseBuilding, day: DayKey, now: Date) -> CloudEvent<EventContracts.WarehouseDayTick> {
        CloudEvent(
            id: DayTickEvents.eventID(cause: "game-clock", type: EventContracts.WarehouseDayTick.eventType, "\(building.id):\(day)"),
            source: WarehouseOrdersHandler.source, time: now,
            data: EventContracts.WarehouseDayTick(
                companyId: building.companyId.rawValue, warehouseBuildingId: building.id.rawValue, dayKey: day.description))
    }

    /// Returns the number of events the broker confirmed.
    func publish(day: DayKey, buildings: [WarehouseBuilding]) async throws -> Int {
        let now = Date()
        let messages = try buildings.map { building in
            let event = Self.event(for: building, day: day, now: now)
            return OutgoingMessage(
                exchange: settings.exchange, routingKey: event.type, body: Array(try event.jsonBytes()), messageId: event.id)
        }
        let publisher = AMQPPublisher(
            configuration: AMQPConfiguration(url: try AMQPURL(settings.amqpURL), connectionName: "warehouse-orders-tick"),
            topology: Topology(exchanges: [ExchangeSpec(name: settings.exchange, kind: .topic)]), logger: logger)
        do {
            for start in stride(from: 0, to: messages.count, by: Self.chunkSize) {
                try await publisher.publish(Array(messages[start..<min(start + Self.chunkSize, messages.count)]))
            }
        } catch {
            await publisher.shutdown()
            throw error
        }
        await publisher.shutdown()
        return messages.count
    }
}
