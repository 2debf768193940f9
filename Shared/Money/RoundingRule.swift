/// How an exact quotient that is not a whole number becomes an integer.
///
/// Market rounds in exactly one place (this module), so every service that divides money picks
/// one of these rules by name instead of re-deriving it:
///
/// | rule       | 2.5 | -2.5 | 2.4 | -2.4 | use it for                                   |
/// |------------|-----|------|-----|------|----------------------------------------------|
/// | `halfUp`   | 3   | -3   | 2   | -2   | matching PostgreSQL `round(numeric)`         |
/// | `halfEven` | 2   | -2   | 2   | -2   | unbiased rounding of many values             |
/// | `floor`    | 2   | -3   | 2   | -3   | "× 5 %" shares that must never exceed a budget |
public enum RoundingRule: Hashable, Sendable, CaseIterable {
    /// Nearest integer; ties go away from zero, like PostgreSQL NUMERIC `round()` (`round(-2.5) = -3`).
    case halfUp
    /// Nearest integer; ties go to the even neighbour (banker's rounding).
    case halfEven
    /// Toward negative infinity, also for negative values (`floor(-2.1) = -3`).
    case floor
}
