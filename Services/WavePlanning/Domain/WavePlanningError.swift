import Money

/// Why the planner refused its input. Bad product rows are never errors (they are excluded with a
/// reason); only inputs that make the whole wave meaningless are.
public enum WavePlanningError: Error, Hashable, Sendable {
    /// A configuration field is out of range.
    case invalidConfig(field: String, reason: String)
    /// The wave id is empty; it keys idempotency and the seed fallback (D000-39, D000-42).
    case emptyWaveId
    /// The budget is negative.
    case negativeBudget(Int64)
    /// Two catalog rows share a product id, so the outcome would depend on their order.
    case duplicateProductId(String)
    /// An executed result names a product that the wave never planned.
    case unknownProduct(String)
    /// An executed result reports a negative quantity, price or spend.
    case invalidExecutionResult(productId: String, reason: String)
    /// An allocation entry has a negative weight or bought amount, or the weights overflow.
    case invalidAllocationEntry(productId: String, reason: String)
    /// Money arithmetic left the `Int64` range (only for absurd budgets).
    case money(MoneyError)
}

extension WavePlanningError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidConfig(let field, let reason): "invalid wave config: \(field) \(reason)"
        case .emptyWaveId: "the wave id is empty"
        case .negativeBudget(let cents): "the wave budget is negative (\(cents) cents)"
        case .duplicateProductId(let id): "product \(id) appears twice in the candidate catalog"
        case .unknownProduct(let id): "execution result for product \(id), which this wave did not plan"
        case .invalidExecutionResult(let id, let reason): "invalid execution result for product \(id): \(reason)"
        case .invalidAllocationEntry(let id, let reason): "invalid allocation entry \(id): \(reason)"
        case .money(let error): "wave money arithmetic failed: \(error)"
        }
    }
}
