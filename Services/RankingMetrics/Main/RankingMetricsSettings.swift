import Foundation
import RankingMetricsDomain
import ServiceKit

/// Everything the process reads from `RANKING_METRICS_*` variables.
struct RankingMetricsSettings: Sendable {
    let descriptor: ServiceDescriptor
    let service: ServiceSettings
    let assignmentMode: AssignmentMode
    /// The prefixed environment, for ``BearerTokens/init(environment:)`` (which is async).
    let environment: ServiceEnvironment
    let recalculationIntervalMilliseconds: Int

    init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let env = ServiceEnvironment(prefix: RankingMetricsService.environmentPrefix, values: environment)
        descriptor = try RankingMetricsService.descriptor(
            schema: try env(RankingMetricsService.Keys.schema), queue: try env(RankingMetricsService.Keys.queue))
        service = try descriptor.settings(environment: environment)
        assignmentMode = try env(RankingMetricsService.Keys.assignmentMode)
        self.environment = env
        recalculationIntervalMilliseconds = max(0, try env(RankingMetricsService.Keys.recalculationIntervalMilliseconds))
    }

    var store: RankingStore { RankingStore(schema: descriptor.schema) }
}
