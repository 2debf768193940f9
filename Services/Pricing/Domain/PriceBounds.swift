import Money

/// The range every price in the pricing schema lives in: `NUMERIC(12,2)` (§4.1), i.e. up to
/// 9 999 999 999.99. Checking inputs against it up front means no later sum, product or
/// `Int64` conversion of a price can overflow.
public enum PriceBounds {
    /// The largest `NUMERIC(12,2)` amount, in cents.
    public static let maximum: Cents = 999_999_999_999

    /// Whether `price` is a storable, non-negative price.
    public static func contains(_ price: Cents) -> Bool {
        price >= .zero && price <= maximum
    }
}
