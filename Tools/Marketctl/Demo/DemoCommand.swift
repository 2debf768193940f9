import AMQP
import ArgumentParser
import Foundation

/// `marketctl demo`: publishes the demo world, shows what the services make of it as it happens, and
/// ends with a summary of what each service did.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Feed the running system a realistic world and summarise what it did.")

    @OptionGroup var broker: BrokerOptions
    @Option(help: "size of the world (1 = 5 companies, 200 users, 10 bricks, 3 warehouses, 60 students)") var scale = 1
    @Option(help: "seed of the world: the same seed publishes the same world (default: a new world each run)")
    var seed = "demo-\(Int(Date().timeIntervalSince1970))"
    @Option(help: "seconds between the catalog and the waves (wave-planning buys from an index its job builds)")
    var waveDelay = 12
    @Option(help: "stop once nothing crossed the exchange for this many seconds") var quietSeconds = 8
    @Option(help: "stop after this many seconds in any case") var timeout = 180

    /// The events the progress line follows, in the order of the story.
    static let headline = [
        "vote.recorded", "vote.rejected", "brick.price.moved", "brick.freeze.changed", "warehouse.order.created",
        "warehouse.day.completed", "topic.metrics.calculated", "assignment.computed", "purchase.batch.executed",
        "wave.completed",
    ]

    func run() async throws {
        guard scale >= 1 else { throw ValidationError("--scale must be at least 1") }
        let feed = DemoFeed(scale: scale, exchange: broker.exchange, random: DemoRandom(seed: seed), start: Date())
        print("demo world \(seed) (marketctl demo --seed \(seed) publishes it again)")
        let counter = try EventCounter(broker: broker)
        let counting = try await counter.start()

        let fed = ContinuousClock.now
        let reference = try feed.reference()
        try await broker.publish(reference)
        print("published the world: \(reference.count) reference events (catalog, users, bricks, warehouses, a selection period)")
        try await Task.sleep(for: .seconds(3))  // let the services take the reference data in first
        let activity = try feed.activity()
        try await broker.publish(activity)
        print("published the activity: \(activity.count) events (vote intents, rankings, warehouse day ticks)")
        let waves = Task {
            try await Task.sleep(for: .seconds(waveDelay))
            let requests = try feed.waves()
            try await broker.publish(requests)
            print("requested \(requests.count) purchase waves")
        }

        let started = ContinuousClock.now
        while started.duration(to: .now) < .seconds(timeout) {
            try await Task.sleep(for: .seconds(1))
            print(Self.headline.map { "\($0) \(counter.count($0))" }.joined(separator: " | "))
            if counter.quietFor > .seconds(quietSeconds), started.duration(to: .now) > .seconds(waveDelay + 2) { break }
        }
        try await waves.value
        await counter.stop()
        await counting.value
        let (events, seconds) = counter.throughput(since: fed)
        print(String(format: "\n%d events crossed the exchange in %.1f s from the first publish to the last event (%.0f events/s, waves waited %d s for the index)",
            events, seconds, Double(events) / max(seconds, 0.001), waveDelay))
        try await DemoSummary(counts: counter.snapshot, broker: broker).print()
    }
}
