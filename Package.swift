// swift-tools-version:6.0
import PackageDescription

/// Market: six services over one exchange and one database cluster.
/// `Shared/` holds every mechanism once; `Services/` holds one folder per service.
let package = Package(
    name: "Market",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Money", targets: ["Money"]),
        .library(name: "EventContracts", targets: ["EventContracts"]),
        .library(name: "AMQP", targets: ["AMQP"]),
        .library(name: "Postgres", targets: ["Postgres"]),
        .library(name: "ServiceKit", targets: ["ServiceKit"]),
        .library(name: "Auth", targets: ["Auth"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-websocket.git", from: "1.0.0"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.0.0"),
    ],
    targets: [
        // MARK: C libraries
        .systemLibrary(
            name: "CRabbitMQ", path: "Shared/System/CRabbitMQ", pkgConfig: "librabbitmq",
            providers: [.apt(["librabbitmq-dev"])]),
        .systemLibrary(
            name: "CLibPQ", path: "Shared/System/CLibPQ", pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]),
        .target(name: "CAMQPShim", dependencies: ["CRabbitMQ"], path: "Shared/System/CAMQPShim"),

        // MARK: Shared libraries
        .target(name: "Money", dependencies: [.crypto], path: "Shared/Money"),
        .target(name: "CivilCalendar", path: "Shared/CivilCalendar"),
        .target(name: "UUIDText", path: "Shared/UUIDText"),
        .target(name: "EventContracts", dependencies: ["CivilCalendar", "UUIDText"], path: "Shared/EventContracts"),
        .target(name: "AMQP", dependencies: ["CRabbitMQ", "CAMQPShim", .logging], path: "Shared/AMQP"),
        .target(name: "Postgres", dependencies: ["CLibPQ", "CivilCalendar", "UUIDText", .crypto, .logging], path: "Shared/Postgres"),
        .target(
            name: "ServiceKit",
            dependencies: [
                "AMQP", "Postgres", "EventContracts", .logging,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Shared/ServiceKit"),
        .target(
            name: "Auth", dependencies: ["ServiceKit", .product(name: "JWTKit", package: "jwt-kit")], path: "Shared/Auth"),

        // MARK: Services: pure domain cores
        .target(name: "PricingDomain", dependencies: ["Money", "CivilCalendar", .crypto], path: "Services/Pricing/Domain"),
        .target(name: "RankingMetricsDomain", path: "Services/RankingMetrics/Domain"),
        .target(
            name: "WarehouseOrdersDomain", dependencies: ["Money", "CivilCalendar", .crypto], path: "Services/WarehouseOrders/Domain"),
        .target(name: "WavePlanningDomain", dependencies: ["Money", .crypto], path: "Services/WavePlanning/Domain"),
        .target(name: "PurchaseExecutionDomain", dependencies: ["Money"], path: "Services/PurchaseExecution/Domain"),
        .target(name: "VotingDomain", dependencies: ["Money", "PricingDomain"], path: "Services/Voting/Domain"),

        // MARK: Services: executables
        .executableTarget(
            name: "warehouse-orders",
            dependencies: [
                "WarehouseOrdersDomain", "ServiceKit", "Postgres", "AMQP", "EventContracts", "Money", .logging, .crypto,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            path: "Services/WarehouseOrders", exclude: ["Domain"], resources: [.copy("Migrations")]),

        .executableTarget(
            name: "pricing",
            dependencies: [
                "PricingDomain", "ServiceKit", "Auth", "Postgres", "EventContracts", "Money", .logging,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            ],
            path: "Services/Pricing", exclude: ["Domain"], resources: [.copy("Migrations")]),
        .executableTarget(
            name: "voting",
            dependencies: [
                "VotingDomain", "PricingDomain", "ServiceKit", "Auth", "Postgres", "EventContracts", "Money", .logging, .crypto,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            path: "Services/Voting", exclude: ["Domain"], resources: [.copy("Migrations")]),

        .executableTarget(
            name: "ranking-metrics",
            dependencies: [
                "RankingMetricsDomain", "ServiceKit", "Auth", "Postgres", "EventContracts", .logging,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Services/RankingMetrics", exclude: ["Domain"], resources: [.copy("Migrations")]),

        .executableTarget(
            name: "purchase-execution",
            dependencies: [
                "PurchaseExecutionDomain", "ServiceKit", "Auth", "Postgres", "EventContracts", .logging,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            path: "Services/PurchaseExecution", exclude: ["Domain"], resources: [.copy("Migrations")]),
        .executableTarget(
            name: "wave-planning",
            dependencies: [
                "WavePlanningDomain", "ServiceKit", "Auth", "Postgres", "EventContracts", "Money", .logging, .crypto,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Services/WavePlanning", exclude: ["Domain"], resources: [.copy("Migrations")]),

        // MARK: Tools
        .executableTarget(
            name: "marketctl",
            dependencies: [
                "AMQP", "EventContracts", "Money", .logging, .crypto,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Tools/Marketctl"),
        .executableTarget(
            name: "transport-bench",
            dependencies: [
                "ServiceKit", "AMQP", "Postgres", "EventContracts", "CRabbitMQ", "CAMQPShim", .logging,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            path: "Tools/TransportBench"),
        .executableTarget(
            name: "voting-bench",
            dependencies: [
                // The services it starts as child processes, so they are built with it.
                "voting", "pricing", "Auth", "AMQP", "Postgres", "EventContracts", .logging,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Tools/VotingBench"),
        .executableTarget(
            name: "ranking-metrics-bench",
            dependencies: [
                "RankingMetricsDomain", "AMQP", "Postgres", "EventContracts", "TestSupport", .logging,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Tools/RankingMetricsBench"),
        .executableTarget(
            name: "purchase-execution-bench",
            dependencies: [
                "AMQP", "Postgres", "EventContracts", .logging,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Tools/PurchaseExecutionBench"),

        .executableTarget(
            name: "wave-planning-bench",
            dependencies: ["Postgres", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tools/WavePlanningBench"),

        // MARK: Tests
        .target(name: "TestSupport", dependencies: ["Postgres", "ServiceKit", "EventContracts", .logging], path: "Tests/TestSupport"),
        .testTarget(name: "MoneyTests", dependencies: ["Money", "TestSupport"], path: "Tests/MoneyTests"),
        .testTarget(name: "UUIDTextTests", dependencies: ["UUIDText"], path: "Tests/UUIDTextTests"),
        .testTarget(
            name: "AuthTests", dependencies: ["Auth", "ServiceKit", .product(name: "JWTKit", package: "jwt-kit")],
            path: "Tests/AuthTests"),
        .testTarget(
            name: "EventContractsTests", dependencies: ["EventContracts", "TestSupport"],
            path: "Tests/EventContractsTests"),
        .testTarget(name: "AMQPTests", dependencies: ["AMQP", "TestSupport"], path: "Tests/AMQPTests"),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres", "TestSupport", .logging], path: "Tests/PostgresTests"),
        .testTarget(
            name: "InfrastructureTests", dependencies: ["Postgres", "AMQP", "TestSupport", .logging],
            path: "Tests/InfrastructureTests"),
        .executableTarget(
            name: "servicekit-probe", dependencies: ["ServiceKit", "EventContracts", "Postgres"],
            path: "Tests/ServiceKitProbe"),
        .testTarget(
            name: "ServiceKitTests",
            dependencies: [
                "ServiceKit", "AMQP", "Postgres", "EventContracts", "TestSupport", "servicekit-probe",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/ServiceKitTests"),
        .testTarget(name: "PricingDomainTests", dependencies: ["PricingDomain", "Money", "TestSupport"], path: "Tests/PricingDomainTests"),
        .testTarget(
            name: "PricingTests",
            dependencies: [
                "pricing", "PricingDomain", "ServiceKit", "Auth", "Postgres", "AMQP", "EventContracts", "Money", "TestSupport",
                .logging, .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "WSClient", package: "swift-websocket"),
            ],
            path: "Tests/PricingTests"),
        .testTarget(
            name: "RankingMetricsDomainTests", dependencies: ["RankingMetricsDomain", "TestSupport"],
            path: "Tests/RankingMetricsDomainTests"),
        .testTarget(
            name: "RankingMetricsTests",
            dependencies: [
                "ranking-metrics", "RankingMetricsDomain", "ServiceKit", "Auth", "Postgres", "AMQP", "EventContracts",
                "TestSupport", .logging,
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/RankingMetricsTests"),
        .testTarget(
            name: "WarehouseOrdersDomainTests", dependencies: ["WarehouseOrdersDomain", "Money"],
            path: "Tests/WarehouseOrdersDomainTests"),
        .testTarget(
            name: "WavePlanningDomainTests", dependencies: ["WavePlanningDomain", "Money", "TestSupport"],
            path: "Tests/WavePlanningDomainTests"),
        .testTarget(
            name: "PurchaseExecutionDomainTests", dependencies: ["PurchaseExecutionDomain", "Money", "TestSupport"],
            path: "Tests/PurchaseExecutionDomainTests"),
        .testTarget(
            name: "WarehouseOrdersTests",
            dependencies: [
                "warehouse-orders", "WarehouseOrdersDomain", "ServiceKit", "Postgres", "AMQP", "EventContracts", "Money",
                "TestSupport", .logging, .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/WarehouseOrdersTests"),
        .testTarget(
            name: "VotingDomainTests", dependencies: ["VotingDomain", "PricingDomain", "Money", "TestSupport"],
            path: "Tests/VotingDomainTests"),
        .testTarget(
            name: "VotingTests",
            dependencies: [
                "voting", "VotingDomain", "PricingDomain", "ServiceKit", "Auth", "Postgres", "AMQP", "EventContracts", "Money",
                "TestSupport", .logging, .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/VotingTests"),
        .testTarget(
            name: "PurchaseExecutionTests",
            dependencies: [
                "purchase-execution", "PurchaseExecutionDomain", "ServiceKit", "Auth", "Postgres", "AMQP", "EventContracts",
                "TestSupport", .logging, .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/PurchaseExecutionTests"),
        .testTarget(
            name: "WavePlanningTests",
            dependencies: [
                "wave-planning", "WavePlanningDomain", "ServiceKit", "Auth", "Postgres", "AMQP", "EventContracts", "Money",
                "TestSupport", .logging, .crypto, .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/WavePlanningTests"),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "voting", "pricing", "wave-planning", "purchase-execution", "warehouse-orders", "ranking-metrics", "AMQP",
                "Postgres", "EventContracts", "Auth", "ServiceKit", "TestSupport", .logging,
            ],
            path: "Tests/EndToEnd"),
    ]
)

extension Target.Dependency {
    static let crypto = Target.Dependency.product(name: "Crypto", package: "swift-crypto")
    static let logging = Target.Dependency.product(name: "Logging", package: "swift-log")
}
