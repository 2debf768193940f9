import Foundation
import PricingDomain
import Testing

/// P-18: W10 clustering.
struct ClusteringTests {
    let config = Fixture.config

    /// Votes at the given second offsets with the given ip hashes.
    func window(_ votes: [(TimeInterval, String?)]) -> [RecentVote] {
        votes.map { RecentVote(createdAt: Fixture.time($0.0), ipHash: $0.1) }
    }

    @Test("P-18: 10 votes within 60 s from 2 ips are clustered; from 3 ips they are not")
    func ipCount() {
        let twoIps = window((0..<10).map { (Double($0) * 6, $0.isMultiple(of: 2) ? "a" : "b") })
        #expect(VoteClustering.isClustered(twoIps, config: config))
        let threeIps = window((0..<10).map { (Double($0) * 6, ["a", "b", "c"][$0 % 3]) })
        #expect(!VoteClustering.isClustered(threeIps, config: config))
    }

    @Test("P-18: 7 of 10 within 60 s is enough (100·7 ≥ 70·10); 6 of 10 is not")
    func shareThreshold() {
        let seven = window((0..<3).map { (Double($0), "a") } + (0..<7).map { (1_000 + Double($0) * 10, "a") })
        #expect(VoteClustering.isClustered(seven, config: config))
        let six = window((0..<4).map { (Double($0), "a") } + (0..<6).map { (1_000 + Double($0) * 10, "a") })
        #expect(!VoteClustering.isClustered(six, config: config))
    }

    @Test("P-18: exactly 60 s before the newest counts as within; null ip hashes are not distinct hashes")
    func edges() {
        let atBoundary = window([(0, "a"), (60, "a")])
        #expect(VoteClustering.isClustered(atBoundary, config: config))
        let pastBoundary = window([(0, "a"), (60.001, "a")])
        #expect(!VoteClustering.isClustered(pastBoundary, config: config))
        let nulls = window([(0, nil), (1, nil), (2, "a"), (3, nil)])
        #expect(VoteClustering.isClustered(nulls, config: config))
        #expect(!VoteClustering.isClustered([], config: config))
    }

    @Test("P-18: W10 keeps only the last 10 applied votes of the cycle")
    func windowSize() throws {
        var participation = CycleParticipation.empty
        let state = try Fixture.state()
        for user in 1...13 {
            participation.record(try Fixture.vote(.over, on: state, user: user, at: Fixture.time(Double(user))), windowSize: 10)
        }
        #expect(participation.recentVotes.map(\.createdAt) == (4...13).map { Fixture.time(Double($0)) })
        #expect(participation.uniqueVoters == 13)
    }
}
