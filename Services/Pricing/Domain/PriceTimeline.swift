import Foundation
import Money

/// A brick's live price through time: the listing price, then every move at its vote's
/// `createdAt`. Closes of past days read it, so a caught-up close shows the price that was live
/// at that day's close rather than today's (P-29).
public struct PriceTimeline: Sendable, Hashable {
    /// A price from `at` on.
    public struct Point: Sendable, Hashable, Codable {
        public var at: Date
        public var price: Cents

        public init(at: Date, price: Cents) {
            self.at = at
            self.price = price
        }
    }

    public let initialPrice: Cents
    /// Sorted by time; among equal times the later given wins.
    public let points: [Point]

    public init(initialPrice: Cents, points: [Point]) {
        self.initialPrice = initialPrice
        self.points = points.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    /// The timeline of a brick from its listing and its price moves.
    public init(listing: BrickListing, moves: [PriceMove]) {
        self.init(
            initialPrice: listing.baselinePrice,
            points: [Point(at: listing.listedAt, price: listing.baselinePrice)] + moves.map { Point(at: $0.at, price: $0.to) })
    }

    /// The price live at `instant`: the last point at or before it, else the initial price.
    public func price(asOf instant: Date) -> Cents {
        let after = points.partitioningIndex { $0.at > instant }
        return after == 0 ? initialPrice : points[after - 1].price
    }
}
