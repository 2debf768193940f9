import ArgumentParser
import Foundation
import RankingMetricsDomain

/// The `assign --input` file: topics with capacities and students' ranked lists (best first).
struct AssignmentInput: Decodable {
    struct Topic: Decodable {
        let id: String
        let capacity: Int
    }

    struct Student: Decodable {
        let id: String
        let ranking: [String]
    }

    let topics: [Topic]
    let students: [Student]

    static func decode(_ data: Data) throws -> AssignmentInput {
        do {
            return try JSONDecoder().decode(AssignmentInput.self, from: data)
        } catch {
            throw ValidationError("the input is not an assignment instance: \(error)")
        }
    }

    /// The core's problem; duplicates and unknown topics are refused with the offender named.
    func problem() throws -> AssignmentProblem {
        var capacities: [TopicID: Int] = [:]
        for topic in topics {
            guard capacities.updateValue(topic.capacity, forKey: TopicID(topic.id)) == nil else {
                throw ValidationError("topic \(topic.id) is listed twice")
            }
        }
        var rankings: [StudentID: [TopicID: Int]] = [:]
        for student in students {
            var ranked: [TopicID: Int] = [:]
            for (index, topic) in student.ranking.enumerated() {
                guard ranked.updateValue(index + 1, forKey: TopicID(topic)) == nil else {
                    throw ValidationError("student \(student.id) ranks topic \(topic) twice")
                }
            }
            guard rankings.updateValue(ranked, forKey: StudentID(student.id)) == nil else {
                throw ValidationError("student \(student.id) is listed twice")
            }
        }
        do {
            return try AssignmentProblem(capacities: capacities, rankings: rankings)
        } catch {
            throw ValidationError(error.reason)
        }
    }
}
