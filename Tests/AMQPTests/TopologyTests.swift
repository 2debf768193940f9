import Testing

@testable import AMQP

struct TopologyTests {
    @Test func serviceShapeHasExchangesQueuesAndBindings() throws {
        let topology = Topology.service(
            "pricing", consumes: ["vote.recorded", "brick.listed"], exchange: "ex", deadLetterExchange: "dlx",
            deliveryLimit: 7)
        #expect(topology.exchanges == [ExchangeSpec(name: "ex", kind: .topic), ExchangeSpec(name: "dlx", kind: .direct)])
        #expect(topology.exchanges.allSatisfy { $0.durable })
        let main = try #require(topology.queues.first { $0.name == "pricing" })
        #expect(main.quorum)
        #expect(main.deliveryLimit == 7)
        #expect(main.deadLetterExchange == "dlx")
        #expect(main.deadLetterRoutingKey == "pricing")
        #expect(main.bindings == [.init(exchange: "ex", routingKey: "vote.recorded"), .init(exchange: "ex", routingKey: "brick.listed")])
        let dlq = try #require(topology.queues.first { $0.name == "pricing.dlq" })
        #expect(dlq.quorum)
        #expect(dlq.deadLetterExchange == nil)
        #expect(dlq.deliveryLimit == nil)
        #expect(dlq.bindings == [.init(exchange: "dlx", routingKey: "pricing")])
        #expect(topology.queues.count == 2)
    }

    @Test func serviceDefaultsMatchTheArchitecture() {
        let topology = Topology.service("voting", consumes: ["user.upserted"])
        #expect(topology.exchanges.map(\.name) == ["market.events", "market.dlx"])
        #expect(topology.queues.first?.deliveryLimit == 5)
        #expect(topology.deadLetterTarget(of: "voting")! == ("market.dlx", "voting"))
        #expect(topology.deadLetterTarget(of: "voting.dlq") == nil)
    }

    @Test func queueArgumentsCarryQuorumLimitAndDeadLettering() {
        let main = Topology.service("s", consumes: [], exchange: "e", deadLetterExchange: "d", deliveryLimit: 3).queues[0]
        let rendered = main.arguments.map { field -> String in
            switch field.value {
            case .string(let text): "\(field.key)=\(text)"
            case .int64(let number): "\(field.key)=\(number)"
            case .bool(let flag): "\(field.key)=\(flag)"
            case .table: "\(field.key)=table"
            }
        }
        #expect(rendered == ["x-queue-type=quorum", "x-delivery-limit=3", "x-dead-letter-exchange=d", "x-dead-letter-routing-key=s"])
        #expect(QueueSpec(name: "classic", quorum: false).arguments.isEmpty)
    }

    @Test func validationNamesTheBadField() {
        func problem(_ topology: Topology) -> String? {
            do {
                try topology.validate()
                return nil
            } catch {
                return error.description
            }
        }
        #expect(problem(.service("ok", consumes: ["a.b"])) == nil)
        #expect(problem(Topology(queues: [QueueSpec(name: "")]))?.contains("queue name is empty") == true)
        #expect(problem(Topology(exchanges: [ExchangeSpec(name: "amq.x", kind: .topic)]))?.contains("reserved prefix") == true)
        #expect(problem(Topology(queues: [QueueSpec(name: String(repeating: "q", count: 256))]))?.contains("limit is 255") == true)
        #expect(problem(Topology(queues: [QueueSpec(name: "q", deliveryLimit: 0)]))?.contains("deliveryLimit 0") == true)
        #expect(problem(Topology(queues: [QueueSpec(name: "q", quorum: false, deliveryLimit: 2)]))?.contains("needs a quorum queue") == true)
    }
}
