import Money
import ServiceKit

/// The budgets a client may ask for: the default budget an admin sets and a wave's own budget.
///
/// The bound is a sanity check far above any real wave; it keeps absurd client budgets a 400 here
/// instead of letting them reach the planner's money arithmetic.
enum BudgetLimit {
    static let maximumCents: Int64 = 100_000_000_000_00

    /// `cents` when within 1…``maximumCents``; else a 400 naming `field` and the limit, written from the
    /// constant so the message cannot drift from the check.
    static func validated(_ cents: Int64, field: String = "budgetCents") throws -> Int64 {
        guard cents >= 1, cents <= maximumCents else {
            throw ProblemDetails.badRequest(
                "\(field) must be within 1…\(maximumCents) cents (0.01…\(Cents(maximumCents).decimalString) in currency units)",
                field: field)
        }
        return cents
    }
}
