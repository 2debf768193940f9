/// Rounds to the nearest integer with ties toward +∞, as the waves "Conventions" define it:
/// `roundHalfUp(x) = floor(x + 0.5 + 1e-9)`.
///
/// This is JavaScript's `Math.round` plus a guard: `10 * 1.15` is `11.499999999999998` in binary
/// floating point and must still round to 12. (The decision text's own example, `5 * 0.7`, is
/// exactly 3.5 in IEEE-754 and needs no guard.) Ties go up, also for negatives
/// (`roundHalfUp(-2.5) == -2`), which differs from Swift's `.rounded()` (away from zero) and
/// Python's `round()` (banker's). Use it only for scores; money uses ``RoundingRule``.
public func roundHalfUp(_ x: Double) -> Double {
    // Evaluated left to right, as written in the convention, so all implementations agree.
    (x + 0.5 + 1e-9).rounded(.down)
}
