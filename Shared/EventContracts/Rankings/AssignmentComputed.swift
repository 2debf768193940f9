/// `assignment.computed` (ranking-metrics → school system): an optimal student → topic
/// assignment for a closed period.
public struct AssignmentComputed: EventPayload {
    public static let eventType = "assignment.computed"

    /// One student's seat and the rank they had given that topic.
    public struct Assignment: Codable, Sendable, Equatable {
        public var studentId: String
        public var topicId: String
        public var position: Int64

        public init(studentId: String, topicId: String, position: Int64) {
            self.studentId = studentId
            self.topicId = topicId
            self.position = position
        }
    }

    public var periodId: String
    public var algorithm: AssignmentAlgorithm
    public var assignments: [Assignment]
    public var unassignedStudentIds: [String]
    /// The minimized cost (sum of assigned positions).
    public var totalCost: Int64
    /// Element `i` counts students placed at their position `i + 1`.
    public var rankProfile: [Int64]

    public init(
        periodId: String, algorithm: AssignmentAlgorithm, assignments: [Assignment], unassignedStudentIds: [String],
        totalCost: Int64, rankProfile: [Int64]
    ) {
        self.periodId = periodId
        self.algorithm = algorithm
        self.assignments = assignments
        self.unassignedStudentIds = unassignedStudentIds
        self.totalCost = totalCost
        self.rankProfile = rankProfile
    }

    public var subject: String { Subject.period(periodId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(periodId, "data.periodId")
        try algorithm.validate("data.algorithm")
        for (index, assignment) in assignments.enumerated() {
            try Check.identifier(assignment.studentId, "data.assignments[\(index)].studentId")
            try Check.identifier(assignment.topicId, "data.assignments[\(index)].topicId")
            try Check.atLeast(assignment.position, 1, "data.assignments[\(index)].position")
        }
        try Check.unique(assignments, by: \.studentId, "data.assignments", "studentId")
        for (index, studentId) in unassignedStudentIds.enumerated() {
            try Check.identifier(studentId, "data.unassignedStudentIds[\(index)]")
        }
        try Check.atLeast(totalCost, 0, "data.totalCost")
        for (index, count) in rankProfile.enumerated() { try Check.atLeast(count, 0, "data.rankProfile[\(index)]") }
        let profiled = try Check.sum(rankProfile, "data.rankProfile")
        guard profiled == Int64(assignments.count) else {
            throw ContractViolation(field: "data.rankProfile", reason: "counts \(profiled) students, not the \(assignments.count) assigned")
        }
    }
}
