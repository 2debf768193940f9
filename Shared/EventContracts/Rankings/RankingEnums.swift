/// How contested a topic is, from its normalized average position (D001-01).
public enum CompetitionCategory: String, ContractEnum {
    case veryHigh = "VERY_HIGH", high = "HIGH", medium = "MEDIUM", low = "LOW"
}

/// The algorithm that produced an assignment. Open, so new solvers need no contract change.
public struct AssignmentAlgorithm: OpenContractEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Minimum-cost perfect matching (seed 001 `ALGORITHM_EXECUTED`).
    public static let hungarian = AssignmentAlgorithm(rawValue: "HUNGARIAN")
}

extension Subject {
    static func period(_ id: String) -> String { "period/\(id)" }
    static func topic(_ id: String) -> String { "topic/\(id)" }
    static func student(_ id: String) -> String { "student/\(id)" }
}
