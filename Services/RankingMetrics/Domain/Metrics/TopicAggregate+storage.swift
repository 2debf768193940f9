extension TopicAggregate {
    /// Rebuilds a stored aggregate (the `topic_aggregates` row) so incremental updates continue from it.
    ///
    /// Refuses a row whose distribution does not sum to `count` or has a negative bucket: such a row is
    /// corrupt, and continuing from it would only hide that from the verify command.
    public init(
        count: Int, sumOfPositions: Int, sumOfSquares: Int, distribution: [Int]
    ) throws(AggregateError) {
        var counted = 0
        for bucket in distribution {
            guard bucket >= 0 else { throw .inconsistentRow(count: count, distributionTotal: -1) }
            counted += bucket
        }
        guard counted == count else { throw .inconsistentRow(count: count, distributionTotal: counted) }
        self.count = count
        self.sumOfPositions = sumOfPositions
        self.sumOfSquares = sumOfSquares
        self.distribution = distribution
    }
}
