import EventContracts
import RankingMetricsDomain

extension TopicMetricsCalculated {
    /// The event that publishes a recalculated row.
    init(_ metrics: TopicMetrics) {
        self.init(
            topicId: metrics.topicID.rawValue, periodId: metrics.periodID.rawValue,
            studentCount: Int64(metrics.studentCount), sumOfPositions: Int64(metrics.sumOfPositions),
            averagePosition: metrics.averagePosition, standardDeviation: metrics.standardDeviation,
            distribution: metrics.distribution.map(Int64.init), percentile: metrics.percentile,
            competitionCategory: EventContracts.CompetitionCategory(metrics.competitionCategory),
            calculatedAt: metrics.calculatedAt.date)
    }
}

extension AssignmentComputed {
    /// The event that publishes a period's assignment.
    init(period: PeriodID, _ assignment: RankingMetricsDomain.Assignment) {
        self.init(
            periodId: period.rawValue, algorithm: AssignmentAlgorithm(assignment.mode),
            assignments: assignment.placements.map {
                .init(studentId: $0.studentID.rawValue, topicId: $0.topicID.rawValue, position: Int64($0.position))
            },
            unassignedStudentIds: assignment.unassigned.map(\.rawValue), totalCost: Int64(assignment.totalCost),
            rankProfile: assignment.rankProfile.map(Int64.init))
    }
}

extension AssignmentAlgorithm {
    /// `MIN_COST` or `RANK_MAXIMAL`: the contract's UPPER_SNAKE spelling of the mode.
    init(_ mode: AssignmentMode) {
        switch mode {
        case .minimumCost: self.init(rawValue: "MIN_COST")
        case .rankMaximal: self.init(rawValue: "RANK_MAXIMAL")
        }
    }
}

extension RankingBatchRequest {
    /// The wire batch in the core's loose form, so the core's validation names every problem.
    init(_ event: RankingsBatchUpdated) {
        self.init(
            studentID: StudentID(event.studentId), periodID: PeriodID(event.periodId), sessionID: event.sessionId,
            updates: event.updates.map { Update(topicID: TopicID($0.topicId), position: $0.position.map(Double.init)) })
    }
}

extension EventContracts.CompetitionCategory {
    init(_ category: RankingMetricsDomain.CompetitionCategory) {
        switch category {
        case .veryHigh: self = .veryHigh
        case .high: self = .high
        case .medium: self = .medium
        case .low: self = .low
        }
    }
}
