import Postgres
import TestSupport
import Testing

struct ListenerTests {
    private func isReconnected(_ event: ListenerEvent) -> Bool { event == .reconnected }

    @Test func notificationFromAnotherConnectionArrives() async throws {
        let channel = TestEnvironment.uniqueName("chan")
        let listener = PostgresListener(url: TestSchema.url, channels: [channel, "other_\(channel)"], logger: TestSchema.logger)
        let collector = EventCollector(listener.events)
        #expect(await collector.wait(where: isReconnected))

        let sender = try TestSchema.connect()
        defer { sender.close() }
        try sender.notify(channel: channel, payload: "order 42 ✓")
        try sender.query("NOTIFY \"other_\(channel)\"")
        try sender.notify(channel: TestEnvironment.uniqueName("unheard"), payload: "ignored")
        let expected: [ListenerEvent] = [
            .notification(channel: channel, payload: "order 42 ✓"), .notification(channel: "other_\(channel)", payload: ""),
        ]
        #expect(await collector.wait(for: 3) { _ in true })
        #expect(collector.all == [.reconnected] + expected)

        await listener.shutdown()
        await collector.finished()  // the stream ended
    }

    @Test func reconnectsAndListensAgainAfterItsBackendIsTerminated() async throws {
        let channel = TestEnvironment.uniqueName("chan")
        let application = TestEnvironment.uniqueName("listener")
        let listener = PostgresListener(
            url: TestSchema.url, channels: [channel], applicationName: application, logger: TestSchema.logger)
        let collector = EventCollector(listener.events)
        #expect(await collector.wait(where: isReconnected))

        let admin = try TestSchema.connect()
        defer { admin.close() }
        let terminated = try admin.query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [application])
        #expect(try terminated.map { try $0.decode(0, as: Bool.self) } == [true])
        #expect(await collector.wait(for: 2, where: isReconnected))

        try admin.notify(channel: channel, payload: "after reconnect")
        #expect(await collector.wait { $0 == .notification(channel: channel, payload: "after reconnect") })
        await listener.shutdown()
    }
}
