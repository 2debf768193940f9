/// A flow network whose arc costs are integer vectors compared lexicographically.
///
/// One engine serves both assignment modes: minimum-cost uses 2-vectors (−placed, Σposition),
/// rank-maximal uses one component per position (−#first, −#second, …). Costs live in a
/// totally ordered group, so successive shortest paths with Johnson potentials and Dijkstra are
/// exact without big numbers (rank-maximal as a scalar would need weights like 2001¹⁰⁰).
///
/// Arcs come in pairs: `2k` forward, `2k + 1` its residual reverse with the negated cost. An
/// arc's cost is `±base[label]` (label −1 = zero cost), stored once per label, not per arc.
struct LexicographicFlowNetwork {
    let dimension: Int
    let nodeCount: Int
    private(set) var arcTarget: [Int] = []
    private(set) var arcCapacity: [Int] = []
    private(set) var arcLabel: [Int] = []
    /// `labelCount × dimension` base costs.
    let baseCosts: [Int]
    private var outgoing: [[Int]]

    init(nodeCount: Int, dimension: Int, baseCosts: [Int]) {
        self.nodeCount = nodeCount
        self.dimension = dimension
        self.baseCosts = baseCosts
        outgoing = Array(repeating: [], count: nodeCount)
    }

    /// Adds `from → to` with `capacity` and cost `base[label]` (`label` −1 for zero cost);
    /// returns the forward arc's index.
    @discardableResult
    mutating func addArc(from: Int, to: Int, capacity: Int, label: Int) -> Int {
        let arc = arcTarget.count
        arcTarget.append(to)
        arcCapacity.append(capacity)
        arcLabel.append(label)
        arcTarget.append(from)
        arcCapacity.append(0)
        arcLabel.append(label)
        outgoing[from].append(arc)
        outgoing[to].append(arc + 1)
        return arc
    }

    /// The residual capacity left on `arc`.
    func residualCapacity(_ arc: Int) -> Int { arcCapacity[arc] }

    /// Pushes flow from `source` to `sink` along successive lexicographically shortest paths
    /// while they have negative cost. Initial potentials assume the network is layered
    /// source → left → right → sink with costs only on the middle layer (our bipartite graph).
    mutating func minimizeCost(source: Int, sink: Int, middleArcs: [Int]) {
        var search = ShortestPathSearch(network: self, source: source)
        search.initializePotentials(network: self, middleArcs: middleArcs, sink: sink)
        let adjacency = CompactAdjacency(outgoing)
        while search.run(network: self, adjacency: adjacency, sink: sink) {
            search.updatePotentials(sink: sink)
            // Stop once the cheapest way to add a unit no longer lowers the cost.
            guard search.potentialIsNegative(sink) else { return }
            let admissible = search.admissibleArcs(network: self)
            var augmenter = AdmissibleFlowAugmenter(nodeCount: nodeCount)
            augmenter.saturate(
                capacities: &arcCapacity, targets: arcTarget, admissible: admissible,
                adjacency: adjacency, source: source, sink: sink)
        }
    }
}

/// `outgoing` flattened into one array with per-node offsets, for cache-friendly scans.
struct CompactAdjacency {
    let start: [Int]
    let arcs: [Int]

    init(_ outgoing: [[Int]]) {
        var start = [0]
        start.reserveCapacity(outgoing.count + 1)
        for list in outgoing {
            start.append(start[start.count - 1] + list.count)
        }
        self.start = start
        arcs = outgoing.flatMap { $0 }
    }
}
