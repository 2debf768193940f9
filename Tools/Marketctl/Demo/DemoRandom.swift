import Money

/// The demo's randomness, derived from names (seededUnit), so every run publishes the same world.
struct DemoRandom {
    let seed: String

    func unit(_ key: String) -> Double { seededUnit("\(seed):\(key)") }

    func int(_ range: ClosedRange<Int>, _ key: String) -> Int {
        range.lowerBound + min(range.count - 1, Int(unit(key) * Double(range.count)))
    }

    func pick<T>(_ choices: [T], _ key: String) -> T { choices[int(0...(choices.count - 1), key)] }
}
