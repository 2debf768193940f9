import Logging
import Postgres
import PricingDomain
import ServiceLifecycle

/// The service's scheduled jobs (issue item 4), each under its own advisory lock.
enum PricingJobs {
    static func all(
        store: PricingStore, pool: PostgresPool, config: PricingConfig, interval: Duration, logger: Logger
    ) -> [any Service] {
        [
            PricingJob(
                name: "freeze-timeout", store: store, pool: pool, interval: interval, logger: logger,
                body: ControlJobs.freezeTimeout(store: store, config: config)),
            PricingJob(
                name: "dead-brick-recheck", store: store, pool: pool, interval: interval, logger: logger,
                body: ControlJobs.deadBrickRecheck(store: store, config: config)),
            PricingJob(
                name: "daily-close", store: store, pool: pool, interval: interval, logger: logger,
                body: DailyCloseJob.body(store: store, config: config)),
        ]
    }
}
