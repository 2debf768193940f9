import Foundation
import RankingMetricsDomain
import TestSupport

/// Times the in-process solver on random (seeded) instances in both modes.
enum AssignmentTiming {
    struct Instance {
        let students: Int
        let topics: Int
        let seats: Int
        /// Topics each student ranks (fewer when there are fewer topics).
        let ranked: Int
    }

    struct Result {
        let mode: String
        let seconds: Double
        let totalCost: Int
        let unassigned: Int
    }

    static func problem(_ instance: Instance) throws -> AssignmentProblem {
        var random = SplitMix64(seed: UInt64(instance.students * 31 + instance.topics))
        let topics = (0..<instance.topics).map { TopicID("t\($0)") }
        let capacities = Dictionary(uniqueKeysWithValues: topics.map { ($0, instance.seats) })
        var rankings: [StudentID: [TopicID: Int]] = [:]
        for student in 0..<instance.students {
            let chosen = topics.shuffled(using: &random).prefix(min(instance.ranked, topics.count))
            rankings[StudentID("s\(student)")] = Dictionary(uniqueKeysWithValues: chosen.enumerated().map { ($0.element, $0.offset + 1) })
        }
        return try AssignmentProblem(capacities: capacities, rankings: rankings)
    }

    static func run(_ instance: Instance) throws -> [Result] {
        let problem = try problem(instance)
        return [AssignmentMode.minimumCost, .rankMaximal].map { mode in
            let started = ContinuousClock.now
            let assignment = assign(problem, mode: mode)
            return Result(
                mode: mode.rawValue, seconds: seconds(started.duration(to: .now)), totalCost: assignment.totalCost,
                unassigned: assignment.unassigned.count)
        }
    }
}
