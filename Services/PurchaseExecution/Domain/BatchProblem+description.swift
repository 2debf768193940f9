extension BatchProblem: CustomStringConvertible {
    /// The dead-letter reason of a malformed batch, naming the item it is about.
    public var description: String {
        switch self {
        case .missingField(let field): "missing \(field)"
        case .noItems: "the batch has no items"
        case .nonPositiveQuantity(let key, let quantity): "item \(key): quantity \(quantity) is not positive"
        case .nonPositivePlannedPrice(let key, let price): "item \(key): planned price \(price) is not positive"
        case .negativePlannedSpend(let key, let spend): "item \(key): planned spend \(spend) is negative"
        case .repeatedIdempotencyKey(let key): "idempotency key \(key) appears twice"
        case .unknownProduct(let key, let product): "item \(key): unknown product \(product)"
        }
    }
}
