/// A student's seat: the topic and the position the student gave it.
public struct Placement: Hashable, Sendable, Codable {
    public let studentID: StudentID
    public let topicID: TopicID
    public let position: Int

    public init(studentID: StudentID, topicID: TopicID, position: Int) {
        self.studentID = studentID
        self.topicID = topicID
        self.position = position
    }
}

/// The result of an assignment run: the `assignment.computed` event's data.
public struct Assignment: Hashable, Sendable, Codable {
    public let mode: AssignmentMode
    /// Sorted by student id.
    public let placements: [Placement]
    /// Students that could not be placed, sorted by id.
    public let unassigned: [StudentID]
    /// Σ assigned positions.
    public let totalCost: Int
    /// `rankProfile[p - 1]` students got their position-`p` topic; length = the highest
    /// position in the problem's rankings.
    public let rankProfile: [Int]

    init(mode: AssignmentMode, placements: [Placement], unassigned: [StudentID], profileLength: Int) {
        self.mode = mode
        self.placements = placements
        self.unassigned = unassigned
        totalCost = placements.reduce(0) { $0 + $1.position }
        rankProfile = Assignment.profile(of: placements, length: profileLength)
    }

    /// Counts placements per position 1…`length`.
    static func profile(of placements: [Placement], length: Int) -> [Int] {
        var profile = Array(repeating: 0, count: length)
        for placement in placements where placement.position <= length {
            profile[placement.position - 1] += 1
        }
        return profile
    }
}
