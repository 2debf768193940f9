/// A ratio in hundredths of a percent: `10_000` is 100 %, `500` is 5 %, `1` is 0.01 %.
///
/// Market states every percentage of money in basis points so that "× 5 %" is the integer
/// computation `x × 500 / 10_000` (see ``Cents/applying(_:rounding:)``), never a `Double`.
/// In JSON it is a plain integer.
public struct BasisPoints: RawRepresentable, Hashable, Codable, Sendable {
    /// The ratio in basis points; may be negative or above `10_000` (a discount, a markup).
    public var rawValue: Int64

    /// Wraps a number of basis points.
    public init(rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Wraps a number of basis points.
    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Basis points in one whole (100 %), the denominator of every basis-point product.
    public static let perWhole: Int64 = 10_000

    /// 100 %.
    public static let whole = BasisPoints(perWhole)
}

extension BasisPoints: Comparable {
    public static func < (lhs: BasisPoints, rhs: BasisPoints) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension BasisPoints: ExpressibleByIntegerLiteral {
    /// Lets literals stand for basis points: `let fee: BasisPoints = 500` is 5 %.
    public init(integerLiteral value: Int64) {
        self.rawValue = value
    }
}
