import Foundation
import RankingMetricsDomain
import ServiceKit

/// Everything the process reads from `RANKING_METRICS_*` variables.
struct RankingMetricsSettings: Sendable {
    let descriptor: ServiceDescriptor
    let service: ServiceSettings
    let assignmentMode: AssignmentMode
    let jwtSecret: String
    let recalculationIntervalMilliseconds: Int

    init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let env = ServiceEnvironment(prefix: RankingMetricsService.environmentPrefix, values: environment)
        descriptor = try RankingMetricsService.descriptor(
            schema: try env(RankingMetricsService.Keys.schema), queue: try env(RankingMetricsService.Keys.queue))
        service = try descriptor.settings(environment: environment)
        assignmentMode = try env(RankingMetricsService.Keys.assignmentMode)
        jwtSecret = try env(RankingMetricsService.Keys.jwtSecret)
        recalculationIntervalMilliseconds = max(0, try env(RankingMetricsService.Keys.recalculationIntervalMilliseconds))
    }

    var store: RankingStore { RankingStore(schema: descriptor.schema) }
}
