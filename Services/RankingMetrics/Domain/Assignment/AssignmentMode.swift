/// Which optimum the assignment computes.
///
/// Both modes only give students topics they ranked and never exceed a capacity.
///
/// **Tie-breaking** (fully deterministic): the solver numbers students by id, topics by id, and
/// each student's choices by (position, topic id), and always explores in that order; among
/// several optimal assignments it returns the one that order reaches first. The result depends
/// only on the problem's content, never on input order, clock or randomness.
public enum AssignmentMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// Place as many students as possible; among those assignments minimise the sum of the
    /// assigned positions.
    case minimumCost = "min-cost"
    /// Rank-maximal: the most first choices, then the most second choices, and so on
    /// (lexicographically maximal rank profile). It may place fewer students than
    /// ``minimumCost`` when that buys a better choice for someone higher up the profile.
    case rankMaximal = "rank-maximal"
}
