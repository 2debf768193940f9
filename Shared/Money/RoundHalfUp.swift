/// Rounds to the nearest integer with ties toward +∞, as the waves "Conventions" define it:
/// `roundHalfUp(x) = floor(x + 0.5 + 1e-9)`.
///
/// This is JavaScript's `Math.round` plus a guard: `5 * 0.7` is `3.4999999999999996` in binary
/// floating point and must still round to 4. Ties go up, also for negatives
/// (`roundHalfUp(-2.5) == -2`), which differs from Swift's `.rounded()` (away from zero) and
/// Python's `round()` (banker's). Use it only for scores; money uses ``RoundingRule``.
public func roundHalfUp(_ x: Double) -> Double {
    // Evaluated left to right, as written in the convention, so all implementations agree.
    (x + 0.5 + 1e-9).rounded(.down)
}
