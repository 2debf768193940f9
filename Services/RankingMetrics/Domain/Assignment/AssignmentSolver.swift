/// Computes the optimal capacitated assignment of a period in the chosen mode.
///
/// Network: source → each student (capacity 1) → each topic they ranked (capacity 1, cost of
/// that position) → sink (the topic's capacity). Successive shortest augmenting paths over
/// lexicographic costs (``AssignmentMode``):
/// - minimum cost: arc cost (−1, position): maximise the number placed, then minimise Σposition;
/// - rank-maximal: arc cost −e(position): maximise first choices, then second choices, ….
///
/// Deterministic (see ``AssignmentMode`` for the tie-break) and pure; about 2,000 students × 100
/// topics with ten choices each solves in well under a second in a release build.
///
/// ```swift
/// let problem = try AssignmentProblem(capacities: seats, rankings: rankingsByStudent)
/// let result = assign(problem, mode: .minimumCost)
/// ```
public func assign(_ problem: AssignmentProblem, mode: AssignmentMode) -> Assignment {
    let students = problem.rankings.keys.sorted()
    let topics = problem.capacities.keys.sorted()
    let topicNode = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1, students.count + 1 + $0) })
    let positions = Set(problem.rankings.values.flatMap(\.values)).sorted()
    let label = Dictionary(uniqueKeysWithValues: positions.enumerated().map { ($1, $0) })

    let source = 0
    let sink = students.count + topics.count + 1
    var network = LexicographicFlowNetwork(
        nodeCount: sink + 1, dimension: mode == .minimumCost ? 2 : max(positions.count, 1),
        baseCosts: baseCosts(positions: positions, mode: mode))
    var choices: [(arc: Int, student: StudentID, topic: TopicID, position: Int)] = []
    choices.reserveCapacity(problem.rankingCount)
    for (index, student) in students.enumerated() {
        network.addArc(from: source, to: index + 1, capacity: 1, label: -1)
        let ranked = (problem.rankings[student] ?? [:]).sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        for (topic, position) in ranked {
            guard let node = topicNode[topic], let positionLabel = label[position] else { continue }
            let arc = network.addArc(from: index + 1, to: node, capacity: 1, label: positionLabel)
            choices.append((arc, student, topic, position))
        }
    }
    for topic in topics {
        guard let node = topicNode[topic], let capacity = problem.capacities[topic] else { continue }
        network.addArc(from: node, to: sink, capacity: capacity, label: -1)
    }

    network.minimizeCost(source: source, sink: sink, middleArcs: choices.map(\.arc))

    let placements = choices.filter { network.residualCapacity($0.arc) == 0 }
        .map { Placement(studentID: $0.student, topicID: $0.topic, position: $0.position) }
    let placed = Set(placements.map(\.studentID))
    return Assignment(
        mode: mode, placements: placements, unassigned: students.filter { !placed.contains($0) },
        profileLength: positions.last ?? 0)
}

/// One base cost vector per distinct position, in the order of `positions`.
private func baseCosts(positions: [Int], mode: AssignmentMode) -> [Int] {
    switch mode {
    case .minimumCost:
        return positions.flatMap { [-1, $0] }
    case .rankMaximal:
        var costs = Array(repeating: 0, count: positions.count * positions.count)
        for index in positions.indices {
            costs[index * positions.count + index] = -1
        }
        return costs
    }
}
