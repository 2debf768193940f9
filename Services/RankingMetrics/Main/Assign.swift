import ArgumentParser
import Foundation
import RankingMetricsDomain

/// Solves an assignment instance from a JSON file and prints the assignment, its total cost and
/// its rank profile as JSON. No database or broker is involved.
struct Assign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Solve an assignment instance from a file.",
        discussion: """
            The file holds the topics' capacities and each student's ranked list, best first:
              {"topics": [{"id": "t1", "capacity": 2}],
               "students": [{"id": "s1", "ranking": ["t1", "t2"]}]}
            """)

    @Option(name: .long, help: "The instance file (JSON).")
    var input: String

    @Option(name: .long, help: "min-cost (fewest unplaced, then least Σposition) or rank-maximal.")
    var mode: String = AssignmentMode.minimumCost.rawValue

    func run() throws {
        guard let mode = AssignmentMode(rawValue: mode) else {
            throw ValidationError("--mode must be min-cost or rank-maximal, got \(mode)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: input))
        } catch {
            throw ValidationError("cannot read \(input): \(error.localizedDescription)")
        }
        let problem = try AssignmentInput.decode(data).problem()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let view = AssignmentView(periodId: nil, RankingMetricsDomain.assign(problem, mode: mode), computedAt: nil)
        print(String(decoding: try encoder.encode(view), as: UTF8.self))
    }
}
