/// Maximum flow on the admissible (zero reduced cost) arcs, Dinic style: BFS levels, then
/// iterative DFS with per-node cursors. Every unit it pushes travels a shortest path, so one
/// Dijkstra run serves a whole batch of augmentations instead of one.
struct AdmissibleFlowAugmenter {
    private var level: [Int]
    private var cursor: [Int]
    private var queue: [Int] = []
    private var path: [Int] = []

    init(nodeCount: Int) {
        level = Array(repeating: -1, count: nodeCount)
        cursor = Array(repeating: 0, count: nodeCount)
    }

    /// Pushes flow until no admissible source → sink path is left.
    mutating func saturate(
        capacities: inout [Int], targets: [Int], admissible: [Bool], adjacency: CompactAdjacency,
        source: Int, sink: Int
    ) {
        while buildLevels(capacities: capacities, targets: targets, admissible: admissible, adjacency: adjacency, source: source, sink: sink) {
            for node in 0..<cursor.count { cursor[node] = adjacency.start[node] }
            pushBlockingFlow(
                capacities: &capacities, targets: targets, admissible: admissible, adjacency: adjacency,
                source: source, sink: sink)
        }
    }

    private mutating func buildLevels(
        capacities: [Int], targets: [Int], admissible: [Bool], adjacency: CompactAdjacency, source: Int, sink: Int
    ) -> Bool {
        for node in 0..<level.count { level[node] = -1 }
        queue.removeAll(keepingCapacity: true)
        level[source] = 0
        queue.append(source)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for slot in adjacency.start[node]..<adjacency.start[node + 1] {
                let arc = adjacency.arcs[slot]
                let target = targets[arc]
                if capacities[arc] > 0, admissible[arc], level[target] < 0 {
                    level[target] = level[node] + 1
                    queue.append(target)
                }
            }
        }
        return level[sink] >= 0
    }

    private mutating func pushBlockingFlow(
        capacities: inout [Int], targets: [Int], admissible: [Bool], adjacency: CompactAdjacency,
        source: Int, sink: Int
    ) {
        path.removeAll(keepingCapacity: true)
        var node = source
        while true {
            if node == sink {
                let amount = path.reduce(Int.max) { min($0, capacities[$1]) }
                for arc in path {
                    capacities[arc] -= amount
                    capacities[arc ^ 1] += amount
                }
                path.removeAll(keepingCapacity: true)
                node = source
                continue
            }
            var advanced = false
            while cursor[node] < adjacency.start[node + 1] {
                let arc = adjacency.arcs[cursor[node]]
                let target = targets[arc]
                if capacities[arc] > 0, admissible[arc], level[target] == level[node] + 1 {
                    path.append(arc)
                    node = target
                    advanced = true
                    break
                }
                cursor[node] += 1
            }
            if advanced { continue }
            // Dead end: no blocking path continues through this node in this level graph.
            level[node] = -1
            guard let arc = path.popLast() else { return }
            node = targets[arc ^ 1]
            cursor[node] += 1
        }
    }
}
