/// An entity sent to the human review queue (§8, §14, D000-41). Flags never block the wave.
public struct FlaggedEntity: Sendable, Equatable, Hashable, Codable {
    public enum EntityType: String, Sendable, Equatable, Hashable, Codable {
        case product = "PRODUCT"
        case company = "COMPANY"
    }

    public var entityType: EntityType
    public var entityId: String
    /// `self_sell`, `refund_freeze`, `duplicate_listing_spam` or `blocked`.
    public var reason: String
    public var detail: String

    public init(entityType: EntityType, entityId: String, reason: String, detail: String) {
        self.entityType = entityType
        self.entityId = entityId
        self.reason = reason
        self.detail = detail
    }

    /// Review order: type, id, reason, so the flagged list is deterministic.
    static func precedes(_ lhs: FlaggedEntity, _ rhs: FlaggedEntity) -> Bool {
        if lhs.entityType != rhs.entityType { return lhs.entityType.rawValue < rhs.entityType.rawValue }
        if lhs.entityId != rhs.entityId { return byteOrder(lhs.entityId, rhs.entityId) }
        return lhs.reason < rhs.reason
    }
}
