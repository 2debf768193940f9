import Foundation
import Money

/// A brick entering the market (`brick.listed`): where its price state starts.
public struct BrickListing: Sendable, Hashable, Codable {
    public var brickId: UUID
    /// The catalog's starting price; cycle 1 starts here.
    public var baselinePrice: Cents
    public var listedAt: Date

    public init(brickId: UUID, baselinePrice: Cents, listedAt: Date) {
        self.brickId = brickId
        self.baselinePrice = baselinePrice
        self.listedAt = listedAt
    }
}
