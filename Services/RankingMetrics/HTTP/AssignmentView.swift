import Foundation
import Hummingbird
import RankingMetricsDomain

/// An assignment as the API and the `assign` command print it.
struct AssignmentView: ResponseCodable, Equatable {
    struct Seat: Codable, Equatable, Sendable {
        let studentId: String
        let topicId: String
        let position: Int
    }

    let periodId: String?
    let mode: String
    let assignments: [Seat]
    let unassignedStudentIds: [String]
    let totalCost: Int
    let rankProfile: [Int]
    let computedAt: Date?
}

extension AssignmentView {
    init(periodId: String?, _ assignment: Assignment, computedAt: Date?) {
        self.init(
            periodId: periodId, mode: assignment.mode.rawValue,
            assignments: assignment.placements.map {
                Seat(studentId: $0.studentID.rawValue, topicId: $0.topicID.rawValue, position: $0.position)
            },
            unassignedStudentIds: assignment.unassigned.map(\.rawValue), totalCost: assignment.totalCost,
            rankProfile: assignment.rankProfile, computedAt: computedAt)
    }
}
