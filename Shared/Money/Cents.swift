/// An amount of money in integer cents, the only money representation in Market.
///
/// `Cents` wraps an `Int64` and never traps: arithmetic reports ``MoneyError/overflow`` through
/// typed throws instead. In JSON it is a plain integer (`1234`, not `{"rawValue":1234}`), because
/// `RawRepresentable` types with an `Int64` raw value get that `Codable` behaviour from the
/// standard library.
///
/// ```swift
/// let price: Cents = 1_999
/// let total = try price.multiplied(by: 3)        // 5_997
/// let fee = try total.applying(500, rounding: .floor)  // 5 % → 299
/// ```
public struct Cents: RawRepresentable, Hashable, Codable, Sendable {
    /// The amount in cents; `100` is one currency unit.
    public var rawValue: Int64

    /// Wraps a number of cents.
    public init(rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Wraps a number of cents.
    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// No money.
    public static let zero = Cents(0)
}

extension Cents: Comparable {
    public static func < (lhs: Cents, rhs: Cents) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension Cents: ExpressibleByIntegerLiteral {
    /// Lets literals stand for cents: `let fee: Cents = 500` is five currency units.
    public init(integerLiteral value: Int64) {
        self.rawValue = value
    }
}
