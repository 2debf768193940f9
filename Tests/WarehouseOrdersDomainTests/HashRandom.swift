import Money

/// A reproducible source of test data built on the project's own `seededUnit`: the n-th draw
/// of seed `s` is `seededUnit("s:n")`, so every property case replays identically everywhere.
struct HashRandom {
    private let seed: String
    private var counter = 0

    init(seed: String) {
        self.seed = seed
    }

    mutating func unit() -> Double {
        counter += 1
        return seededUnit("\(seed):\(counter)")
    }

    /// Uniform in a small closed range.
    mutating func int(_ range: ClosedRange<Int64>) -> Int64 {
        let width = Double(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int64((unit() * width).rounded(.down))
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    mutating func pick<T>(_ options: [T]) -> T? {
        options.isEmpty ? nil : options[Int(int(0...Int64(options.count - 1)))]
    }

    /// A permutation, for order-independence checks.
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        for index in result.indices.reversed() where index > 0 {
            result.swapAt(index, Int(int(0...Int64(index))))
        }
        return result
    }
}
