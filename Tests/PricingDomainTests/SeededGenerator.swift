import TestSupport

/// The shared seeded generator (TestSupport), under the name these tests use.
typealias SeededGenerator = SplitMix64
