import Crypto
import EventContracts
import Foundation
import ServiceKit
import WarehouseOrdersDomain

/// The events a day tick emits, caused by (and correlated with) the tick event.
///
/// Event ids are derived from the cause's id, the type and the entity, so a tick re-applied after a
/// rollback emits the same ids and the outbox keeps one copy of each.
struct DayTickEvents {
    let orderCreated: CloudEvent<WarehouseOrderCreated>?
    let listingsPaused: [CloudEvent<WarehouseListingPaused>]
    let dayCompleted: CloudEvent<WarehouseDayCompleted>

    init(result: DayTickResult, cause: EventEnvelope, now: Date) {
        let warehouse = result.warehouseBuildingId.rawValue
        let day = result.dayKey.description
        func event<P: EventPayload>(_ data: P, _ discriminator: String) -> CloudEvent<P> {
            CloudEvent(
                causedBy: cause, id: Self.eventID(cause: cause.id, type: P.eventType, discriminator), source: WarehouseOrdersHandler.source,
                time: now, data: data)
        }
        orderCreated = result.order.map { order in
            event(
                WarehouseOrderCreated(
                    orderId: order.id.rawValue, companyId: order.companyId.rawValue, warehouseBuildingId: warehouse,
                    dayKey: day, items: order.items.map(WarehouseOrderCreated.Item.init)),
                order.id.rawValue)
        }
        listingsPaused = result.pausedListings.map { pause in
            event(
                WarehouseListingPaused(
                    listingId: pause.listingId.rawValue, warehouseBuildingId: warehouse, reason: .outOfStock, dayKey: day),
                pause.listingId.rawValue)
        }
        let summary = result.summary
        dayCompleted = event(
            WarehouseDayCompleted(
                warehouseBuildingId: warehouse, dayKey: day, orderId: summary.orderId?.rawValue,
                listingsConsidered: summary.listingsConsidered, itemsOrdered: summary.itemsOrdered,
                unitsOrdered: summary.unitsOrdered, blockedByPrice: summary.blockedByPrice,
                blockedBySeason: summary.blockedBySeason, paused: summary.paused,
                skippedAsDuplicate: summary.skippedAsDuplicate),
            "\(warehouse):\(day)")
    }

    /// The events encoded for the outbox, in emission order: the order, the pauses, the day's summary.
    func messages() throws -> [OutboxMessage] {
        var messages = try orderCreated.map { [try OutboxMessage($0)] } ?? []
        messages += try listingsPaused.map(OutboxMessage.init)
        messages.append(try OutboxMessage(dayCompleted))
        return messages
    }

    /// A version-8 UUID from SHA-256 of "cause:type:discriminator".
    static func eventID(cause: String, type: String, _ discriminator: String) -> UUID {
        var bytes = Array(SHA256.hash(data: Array("\(cause):\(type):\(discriminator)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}

extension WarehouseOrderCreated.Item {
    init(_ item: WarehouseOrder.Item) {
        self.init(
            orderItemId: item.id.rawValue, listingId: item.listingId.rawValue,
            productTemplateId: item.productTemplateId.rawValue, playerProductId: item.playerProductId.rawValue,
            qtyOrdered: item.qtyOrdered, salePriceCents: item.salePrice.rawValue, expectedUnits: item.expectedUnits,
            reasons: DemandReasons(item.reasons))
    }
}

extension DemandReasons {
    /// The contract's spelling of the seed's reasons: `missingSeasonScenario` only when true (D002-20).
    init(_ reasons: ReasonsSnapshot) {
        self.init(
            baseDesired: reasons.baseDesired, expectedUnits: reasons.expectedUnits, priceIndex: reasons.priceIndex,
            priceMultiplier: reasons.priceMultiplier, seasonScore: reasons.seasonScore, tierUsed: reasons.tierUsed,
            bandMatched: reasons.bandMatched, resolvedBandCategoryId: reasons.resolvedBandCategoryId?.rawValue,
            blockedByPrice: reasons.blockedByPrice, blockedBySeason: reasons.blockedBySeason,
            missingSeasonScenario: reasons.missingSeasonScenario ? true : nil)
    }
}
