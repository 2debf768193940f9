/// Dijkstra over lexicographic cost vectors with Johnson potentials, for
/// ``LexicographicFlowNetwork``. Flat `node × dimension` arrays keep it allocation-free per run.
struct ShortestPathSearch {
    private let dimension: Int
    private let source: Int
    private(set) var potential: [Int]
    private var distance: [Int]
    private var reached: [Bool]
    private var finalized: [Bool]
    private var heap: [Int] = []
    private var heapIndex: [Int]
    private var candidate: [Int]

    init(network: LexicographicFlowNetwork, source: Int) {
        dimension = network.dimension
        self.source = source
        let size = network.nodeCount * network.dimension
        potential = Array(repeating: 0, count: size)
        distance = Array(repeating: 0, count: size)
        reached = Array(repeating: false, count: network.nodeCount)
        finalized = Array(repeating: false, count: network.nodeCount)
        heapIndex = Array(repeating: -1, count: network.nodeCount)
        candidate = Array(repeating: 0, count: network.dimension)
    }

    /// Feasible starting potentials for the layered bipartite network: 0 on the left, the
    /// cheapest incoming cost on each right node, the cheapest of those on the sink, so every
    /// residual arc's reduced cost is ≥ 0 although the middle costs are negative.
    mutating func initializePotentials(network: LexicographicFlowNetwork, middleArcs: [Int], sink: Int) {
        var seen = Array(repeating: false, count: network.nodeCount)
        for arc in middleArcs {
            let node = network.arcTarget[arc]
            let base = network.arcLabel[arc] * dimension
            if !seen[node] || lexicographicallyLess(network.baseCosts, base, potential, node * dimension) {
                for component in 0..<dimension {
                    potential[node * dimension + component] = network.baseCosts[base + component]
                }
                seen[node] = true
            }
            if lexicographicallyLess(potential, node * dimension, potential, sink * dimension) {
                for component in 0..<dimension {
                    potential[sink * dimension + component] = potential[node * dimension + component]
                }
            }
        }
    }

    /// Runs Dijkstra on reduced costs until `sink` is final; returns whether it was reached.
    mutating func run(network: LexicographicFlowNetwork, adjacency: CompactAdjacency, sink: Int) -> Bool {
        for node in 0..<network.nodeCount {
            reached[node] = false
            finalized[node] = false
            heapIndex[node] = -1
        }
        heap.removeAll(keepingCapacity: true)
        for component in 0..<dimension { distance[source * dimension + component] = 0 }
        reached[source] = true
        push(source)
        while let node = popMinimum() {
            finalized[node] = true
            if node == sink { return true }
            for slot in adjacency.start[node]..<adjacency.start[node + 1] {
                let arc = adjacency.arcs[slot]
                let target = network.arcTarget[arc]
                guard network.arcCapacity[arc] > 0, !finalized[target] else { continue }
                reducedDistance(network: network, arc: arc, from: node, to: target)
                if !reached[target] || lexicographicallyLess(candidate, 0, distance, target * dimension) {
                    for component in 0..<dimension {
                        distance[target * dimension + component] = candidate[component]
                    }
                    if reached[target] {
                        siftUp(heapIndex[target])
                    } else {
                        reached[target] = true
                        push(target)
                    }
                }
            }
        }
        return false
    }

    /// π += min(d, d(sink)) for every node: keeps all reduced costs ≥ 0 and makes every arc on a
    /// shortest path to the sink zero-cost (admissible).
    mutating func updatePotentials(sink: Int) {
        for node in 0..<finalized.count {
            let from = (finalized[node] ? node : sink) * dimension
            for component in 0..<dimension {
                potential[node * dimension + component] += distance[from + component]
            }
        }
    }

    /// Whether the shortest source → sink path costs less than zero (π(source) stays 0).
    func potentialIsNegative(_ node: Int) -> Bool {
        for component in 0..<dimension {
            let value = potential[node * dimension + component]
            if value != 0 { return value < 0 }
        }
        return false
    }

    /// Flags the arc pairs whose reduced cost is exactly zero; both directions share the flag.
    func admissibleArcs(network: LexicographicFlowNetwork) -> [Bool] {
        var admissible = Array(repeating: false, count: network.arcTarget.count)
        for arc in stride(from: 0, to: network.arcTarget.count, by: 2) {
            let head = network.arcTarget[arc]
            let tail = network.arcTarget[arc + 1]
            var zero = true
            for component in 0..<dimension where zero {
                let cost = network.arcLabel[arc] < 0 ? 0 : network.baseCosts[network.arcLabel[arc] * dimension + component]
                zero = cost + potential[tail * dimension + component] - potential[head * dimension + component] == 0
            }
            admissible[arc] = zero
            admissible[arc + 1] = zero
        }
        return admissible
    }

    /// `candidate = distance[from] + cost(arc) + π[from] − π[to]`.
    private mutating func reducedDistance(network: LexicographicFlowNetwork, arc: Int, from: Int, to: Int) {
        let label = network.arcLabel[arc]
        let sign = arc & 1 == 0 ? 1 : -1
        for component in 0..<dimension {
            let cost = label < 0 ? 0 : sign * network.baseCosts[label * dimension + component]
            candidate[component] = distance[from * dimension + component] + cost
                + potential[from * dimension + component] - potential[to * dimension + component]
        }
    }

    private func lexicographicallyLess(_ lhs: [Int], _ left: Int, _ rhs: [Int], _ right: Int) -> Bool {
        for component in 0..<dimension {
            let a = lhs[left + component]
            let b = rhs[right + component]
            if a != b { return a < b }
        }
        return false
    }

    // MARK: Indexed binary heap on `distance`, ties broken by node number for determinism.

    private func before(_ a: Int, _ b: Int) -> Bool {
        for component in 0..<dimension {
            let x = distance[a * dimension + component]
            let y = distance[b * dimension + component]
            if x != y { return x < y }
        }
        return a < b
    }

    private mutating func push(_ node: Int) {
        heap.append(node)
        heapIndex[node] = heap.count - 1
        siftUp(heap.count - 1)
    }

    private mutating func popMinimum() -> Int? {
        guard let top = heap.first else { return nil }
        let last = heap.removeLast()
        heapIndex[top] = -1
        if !heap.isEmpty {
            heap[0] = last
            heapIndex[last] = 0
            siftDown(0)
        }
        return top
    }

    private mutating func siftUp(_ start: Int) {
        var index = start
        while index > 0 {
            let parent = (index - 1) / 2
            guard before(heap[index], heap[parent]) else { return }
            swapAt(index, parent)
            index = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var index = start
        while true {
            let left = 2 * index + 1
            guard left < heap.count else { return }
            let right = left + 1
            let child = right < heap.count && before(heap[right], heap[left]) ? right : left
            guard before(heap[child], heap[index]) else { return }
            swapAt(index, child)
            index = child
        }
    }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        heap.swapAt(i, j)
        heapIndex[heap[i]] = i
        heapIndex[heap[j]] = j
    }
}
