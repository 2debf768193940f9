import Foundation

/// `brick.listed` (in, from the catalog): a brick enters voting and pricing; cycle 1 starts.
public struct BrickListed: EventPayload {
    public static let eventType = "brick.listed"

    public var brickId: String
    public var name: String
    public var baselinePriceCents: Int64
    public var listedAt: Date

    public init(brickId: String, name: String, baselinePriceCents: Int64, listedAt: Date) {
        self.brickId = brickId
        self.name = name
        self.baselinePriceCents = baselinePriceCents
        self.listedAt = listedAt
    }

    public var subject: String { Subject.brick(brickId) }

    public func validate() throws(ContractViolation) {
        try Check.uuid(brickId, "data.brickId")
        try Check.text(name, "data.name")
        try Check.atLeast(baselinePriceCents, 0, "data.baselinePriceCents")
    }
}
