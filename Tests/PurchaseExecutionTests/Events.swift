import EventContracts
import Foundation
@testable import ServiceKit
import TestSupport

/// Events as other systems publish them: encoded, decoded and validated like a delivery.
enum Events {
    static let baseTime = Date(timeIntervalSince1970: 1_764_000_000)

    static func incoming<P: EventPayload>(_ data: P, id: UUID = UUID()) throws -> IncomingEvent {
        let event = CloudEvent(id: id, source: "urn:market:test", time: baseTime, data: data)
        return try IncomingEvent(event)
    }

    static func product(
        _ id: String, company: String = "acme", version: Int64 = 1, price: Int64 = 10_000, stock: Int64? = 100,
        active: Bool = true
    ) throws -> IncomingEvent {
        try incoming(CatalogProductUpserted(
            productId: id, companyId: company, version: version, priceCents: price, qualityRating: 0.8,
            stockAvailable: stock, isActive: active, isArchived: false, createdAt: baseTime, updatedAt: baseTime))
    }

    static func company(_ id: String, owner: String = "owner-1", version: Int64 = 1) throws -> IncomingEvent {
        try incoming(CatalogCompanyUpserted(
            companyId: id, version: version, ownerId: owner, reputationScore: 0.5, balanceCents: 1_000_000,
            flaggedStatus: .none))
    }

    /// One planned line: `quantity` units at `price`, spend `quantity × price` unless given.
    static func line(
        _ productId: String, quantity: Int64 = 10, price: Int64 = 10_000, spend: Int64? = nil, key: String? = nil,
        wave: String = "w1", buyer: String = "sim_buyer"
    ) -> PurchaseBatchRequested.Item {
        PurchaseBatchRequested.Item(
            idempotencyKey: key ?? "\(wave):h:\(productId)", productId: productId, quantity: quantity,
            unitPriceCents: price, plannedSpendCents: spend ?? quantity * price, buyerId: buyer)
    }

    static func batch(
        _ items: [PurchaseBatchRequested.Item], wave: String = "w1", batchId: String = "b1", company: String = "acme"
    ) throws -> IncomingEvent {
        try incoming(PurchaseBatchRequested(waveId: wave, pass: 1, batchId: batchId, companyId: company, items: items))
    }

    static func rollback(_ wave: String) throws -> IncomingEvent {
        try incoming(WaveRollbackRequested(waveId: wave, requestedBy: "ops", reason: "audit"))
    }

    /// The decoded payloads of emitted messages of one type.
    static func emitted<P: EventPayload>(_ type: P.Type, in messages: [OutboxMessage]) throws -> [P] {
        try messages.payloads(type)
    }
}
