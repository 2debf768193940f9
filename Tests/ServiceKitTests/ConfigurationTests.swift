import Testing

@testable import ServiceKit

@Suite struct ConfigurationTests {
    let descriptor: ServiceDescriptor

    init() throws {
        descriptor = ServiceDescriptor(
            name: "wave-planning", schema: try SchemaName("wave_planning"), queue: "wave-planning",
            environmentPrefix: "WAVE_PLANNING_", defaultHTTPPort: 8083, migrations: [])
    }

    @Test func defaultsPointAtTheLocalServersWithTheServiceOwnCredentials() throws {
        let settings = try descriptor.settings(environment: [:])
        #expect(settings.databaseURL == "postgres://wave_planning:wave_planning@127.0.0.1:55432/market")
        #expect(settings.amqpURL == "amqp://wave-planning:wave-planning@127.0.0.1:55672/market")
        #expect(settings.httpPort == 8083)
        #expect(settings.batchSize == 500)
        #expect(settings.logLevel == .info)
    }

    @Test func readsOnlyVariablesWithTheServicePrefix() throws {
        let settings = try descriptor.settings(environment: [
            "WAVE_PLANNING_BATCH_SIZE": "64", "BATCH_SIZE": "7", "VOTING_HTTP_PORT": "1",
            "WAVE_PLANNING_LOG_LEVEL": "DEBUG", "WAVE_PLANNING_DATABASE_URL": "postgres://x@db/market",
        ])
        #expect(settings.batchSize == 64)
        #expect(settings.httpPort == 8083)
        #expect(settings.logLevel == .debug)
        #expect(settings.databaseURL == "postgres://x@db/market")
    }

    @Test func anUnreadableValueStopsStartUpNamingTheVariable() {
        #expect {
            try descriptor.settings(environment: ["WAVE_PLANNING_HTTP_PORT": "eighty"])
        } throws: { error in
            "\(error)".contains("WAVE_PLANNING_HTTP_PORT") && "\(error)".contains("eighty")
        }
        #expect(throws: ConfigurationError.self) {
            try descriptor.settings(environment: ["WAVE_PLANNING_LOG_LEVEL": "loud"])
        }
    }

    @Test func helpListsEveryVariableWithItsDefaultAndHidesPasswords() {
        let help = descriptor.configurationHelp
        for key in ServiceSettings.documentation(service: "wave_planning", queue: "wave-planning", httpPort: 8083) {
            #expect(help.contains("WAVE_PLANNING_\(key.name)"))
        }
        #expect(help.contains("postgres://wave_planning:***@127.0.0.1:55432/market"))
        #expect(!help.contains("wave_planning:wave_planning@"))
    }

    @Test(arguments: [
        ("amqp://user:secret@host:5672/v", "amqp://user:***@host:5672/v"),
        ("postgres://host/db", "postgres://host/db"),
        ("postgres://user@host/db", "postgres://user@host/db"),
        ("not a url", "not a url"),
    ])
    func redactsPasswordsInURLs(url: String, expected: String) {
        #expect(redactedURL(url) == expected)
    }

    @Test func schemaNamesAreIdentifiersOnly() throws {
        #expect(try SchemaName("ranking_metrics").description == "ranking_metrics")
        #expect(try SchemaName("_x9").outboxChannel == "_x9_outbox")
        for bad in ["", "Voting", "9lives", "a-b", "a;drop", "a b", String(repeating: "a", count: 64)] {
            #expect(throws: SchemaNameError.self) { try SchemaName(bad) }
        }
    }
}
