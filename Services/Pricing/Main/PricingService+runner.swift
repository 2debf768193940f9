import Auth
import ServiceKit

extension PricingService {
    /// The whole service: consumer, relay, HTTP API with its live WebSocket, and the jobs.
    static func runner(descriptor: ServiceDescriptor, tokens: BearerTokens, jobInterval: Duration) -> ServiceRunner<PricingHandler> {
        let store = PricingStore(schema: descriptor.schema)
        @Sendable func routes(_ context: ServiceContext) -> BrickRoutes {
            BrickRoutes(store: store, pool: context.pool, config: config, tokens: tokens)
        }
        return ServiceRunner(
            descriptor: descriptor,
            makeHandler: { _ in PricingHandler(store: store, config: config) },
            routes: { router, context in routes(context).register(on: router) },
            jobs: { context in
                PricingJobs.all(store: store, pool: context.pool, config: config, interval: jobInterval, logger: context.logger)
            },
            webSockets: { router, context in
                let hub = BrickLiveHub()
                LiveRoutes(hub: hub, access: routes(context).live).register(on: router)
                return [BrickLiveFeed(hub: hub, reader: routes(context).reader, databaseURL: context.settings.databaseURL, logger: context.logger)]
            })
    }
}
