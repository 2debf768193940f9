import AMQP
import EventContracts
import Foundation
import Logging
import Postgres
import ServiceKit
import TestSupport
import Synchronization
import Testing

/// The relay deletes an outbox row only once the broker confirmed its message: confirmed rows go, and
/// rows whose publish fails stay for the next round.
@Suite struct OutboxRelayTests {
    static let rows = 40

    @Test func confirmedRowsAreDeletedAndEachArrivesOnce() async throws {
        try await RelayFixture.with { fixture in
            try await fixture.enqueue(Self.rows)
            let relay = fixture.relay(exchange: fixture.exchange)
            #expect(try await relay.drain() == Self.rows)
            #expect(try await fixture.outboxCount() == 0)
            #expect(try await fixture.sinkCount(reaching: Self.rows) == Self.rows)
            #expect(try await relay.drain() == 0)  // nothing left to send twice
        }
    }

    /// Rounds in flight at once claim disjoint rows (SKIP LOCKED), so every row is published exactly once.
    @Test func concurrentRoundsPublishEveryRowOnce() async throws {
        try await RelayFixture.with { fixture in
            let count = 3_000
            try await fixture.enqueue(count)
            let relay = fixture.relay(exchange: fixture.exchange, batchSize: 100, concurrentRounds: 3)
            let running = Task { try await relay.run() }
            let emptied = try await eventually(timeout: .seconds(60)) { try await fixture.outboxCount() == 0 }
            running.cancel()
            _ = try? await running.value
            #expect(emptied)
            #expect(try await fixture.sinkCount(reaching: count) == count)
        }
    }

    @Test func rowsWhosePublishFailsStayForTheNextRound() async throws {
        try await RelayFixture.with { fixture in
            try await fixture.enqueue(Self.rows)
            // No such exchange: the broker closes the channel, so nothing is confirmed.
            let broken = fixture.relay(exchange: "\(fixture.exchange).missing")
            #expect(try await broken.drain() == 0)
            #expect(try await fixture.outboxCount() == Self.rows)
            // The same rows go out once the relay publishes where the broker accepts them.
            #expect(try await fixture.relay(exchange: fixture.exchange).drain() == Self.rows)
            #expect(try await fixture.outboxCount() == 0)
            #expect(try await fixture.sinkCount(reaching: Self.rows) == Self.rows)
        }
    }
}

/// A migrated schema, an exchange with a sink queue bound to it, and publishers to tear down.
private struct RelayFixture {
    let migrated: MigratedSchema
    let exchange: String
    let sink: String
    let amqp: AMQPConfiguration
    let logger: Logger
    let publishers: PublisherList

    var topology: Topology {
        Topology(
            exchanges: [ExchangeSpec(name: exchange, kind: .topic)],
            queues: [QueueSpec(name: sink, bindings: [.init(exchange: exchange, routingKey: "#")])])
    }

    static func with(_ body: (RelayFixture) async throws -> Void) async throws {
        let logger = Logger(label: "relay-tests")
        try await MigratedSchema.with(prefix: "relay", migrations: [], logger: logger) { migrated in
            let name = migrated.schema.description.replacingOccurrences(of: "_", with: "-")
            let fixture = RelayFixture(
                migrated: migrated, exchange: "\(name).events", sink: "\(name).sink",
                amqp: AMQPConfiguration(url: try AMQPURL(TestEnvironment.amqpURL), connectionName: "relay-tests"),
                logger: logger, publishers: PublisherList())
            do {
                try await body(fixture)
            } catch {
                await fixture.tearDown()
                throw error
            }
            await fixture.tearDown()
        }
    }

    func relay(exchange target: String, batchSize: Int = 500, concurrentRounds: Int = 2) -> OutboxRelay {
        let publisher = AMQPPublisher(configuration: amqp, topology: topology, logger: logger)
        publishers.append(publisher)
        return OutboxRelay(
            configuration: .init(
                schema: migrated.schema, exchange: target, batchSize: batchSize, concurrentRounds: concurrentRounds,
                publishTimeout: .seconds(5)),
            pool: migrated.pool, publisher: publisher, databaseURL: TestEnvironment.databaseURL, logger: logger)
    }

    func enqueue(_ count: Int) async throws {
        let messages = try (0..<count).map { index in
            try OutboxMessage(
                CloudEvent(
                    id: .random(), source: "urn:market:test", time: Date(timeIntervalSince1970: 1_790_000_000),
                    data: BrickPriceClosed(
                        brickId: UUID().lowercaseText, day: "2026-11-23", closePriceCents: 100, votesToday: Int64(index))))
        }
        let outbox = Outbox(schema: migrated.schema)
        try await migrated.pool.transaction { try outbox.enqueue(messages, on: $0) }
    }

    func outboxCount() async throws -> Int {
        let sql = "SELECT count(*) FROM \(migrated.schema).outbox"
        return try await migrated.pool.withConnection { try $0.query(sql)[0].decode(0, as: Int.self) }
    }

    /// Messages in the sink once `expected` arrived (or a generous wait passed), then a moment more for strays.
    func sinkCount(reaching expected: Int) async throws -> Int {
        _ = try await eventually(timeout: .seconds(60)) {
            try await AMQPAdministration.messageCount(queue: sink, configuration: amqp) >= expected
        }
        try await Task.sleep(for: .milliseconds(300))
        return try await AMQPAdministration.messageCount(queue: sink, configuration: amqp)
    }

    func tearDown() async {
        for publisher in publishers.all { await publisher.shutdown() }
        try? await AMQPAdministration.delete(queues: [sink], exchanges: [exchange], configuration: amqp)
    }
}

/// The publishers a fixture created, shut down at the end.
private final class PublisherList: Sendable {
    private let publishers = Mutex<[AMQPPublisher]>([])
    func append(_ publisher: AMQPPublisher) { publishers.withLock { $0.append(publisher) } }
    var all: [AMQPPublisher] { publishers.withLock { $0 } }
}
