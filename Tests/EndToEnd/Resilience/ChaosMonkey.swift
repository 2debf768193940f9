import Foundation
import Synchronization
import TestSupport

/// Crashes the run's service replicas and starts them again, and restarts the servers, while a
/// load runs; also the supervisor that restarts a replica that exited by itself (as compose's
/// `restart: unless-stopped` would). Owns the replicas it started: ``stopAll()`` must run before
/// the system tears down.
final class ChaosMonkey: Sendable {
    struct Tally: Sendable, CustomStringConvertible {
        var kills = 0
        var selfExits = 0
        var brokerRestarts = 0
        var postgresRestarts = 0
        var description: String {
            "\(kills) SIGKILLs, \(selfExits) replicas exited by themselves, \(brokerRestarts) broker and \(postgresRestarts) PostgreSQL restarts"
        }
    }

    private let replicas: Mutex<[ServiceChild]>
    private let random: Mutex<SplitMix64>
    private let counts = Mutex(Tally())

    init(replicas: [ServiceChild], seed: UInt64) {
        self.replicas = Mutex(replicas)
        random = Mutex(SplitMix64(seed: seed))
    }

    var tally: Tally { counts.withLock { $0 } }
    var current: [ServiceChild] { replicas.withLock { $0 } }

    /// Kills one replica chosen at random with SIGKILL and starts it again.
    func killOne() async throws {
        let (index, victim) = replicas.withLock { list in
            let index = random.withLock { Int.random(in: 0..<list.count, using: &$0) }
            return (index, list[index])
        }
        await victim.crash()
        let restarted = try victim.relaunched()
        replicas.withLock { $0[index] = restarted }
        counts.withLock { $0.kills += 1 }
    }

    /// Starts again every replica that is not running (it exited by itself, e.g. on a server outage).
    func superviseOnce() throws {
        try replicas.withLock { list in
            for (index, child) in list.enumerated() where !child.process.isRunning {
                list[index] = try child.relaunched()
                counts.withLock { $0.selfExits += 1 }
            }
        }
    }

    /// Stops and starts the broker or PostgreSQL (`scripts/infra.sh`), with `down` of outage between.
    func restart(_ server: Infrastructure.Server, down: Duration = .seconds(2)) async throws {
        try await Infrastructure.stop(server)
        try await Task.sleep(for: down)
        try await Infrastructure.start(server)
        counts.withLock { if server == .broker { $0.brokerRestarts += 1 } else { $0.postgresRestarts += 1 } }
    }

    /// Waits until every replica answers `/health/ready`, supervising meanwhile.
    func waitUntilAllReady(timeout: Duration) async throws -> Bool {
        try await eventually(timeout: timeout) {
            try self.superviseOnce()
            for child in self.current where (try? await HTTPReply.get("http://127.0.0.1:\(child.port)/health/ready").status) != 200 {
                return false
            }
            return true
        }
    }

    /// SIGTERM to every replica this monkey started or kept; their exit statuses.
    func stopAll() async -> [Int32] {
        await withTaskGroup(of: Int32.self) { group in
            for child in current { group.addTask { await child.stop(grace: .seconds(30)) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
    }
}
