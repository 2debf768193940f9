/// The §18.2 clustering test that turns catch-up off for bunched, few-source bursts (P-18).
public enum VoteClustering {
    /// P-18: W10 is clustered when at least 70 % of its votes (integer test `100·k ≥ 70·n`) fall
    /// within 60 s of the newest one's `createdAt`, **and** those k votes come from at most 2
    /// distinct non-null ip hashes. An empty window is not clustered. W20 is not used.
    public static func isClustered(_ window: [RecentVote], config: PricingConfig) -> Bool {
        guard let newest = window.lazy.map(\.createdAt).max() else { return false }
        let bunched = window.filter { newest.timeIntervalSince($0.createdAt) <= config.clusterSeconds }
        guard 100 * bunched.count >= config.clusterSharePercent * window.count else { return false }
        let distinctIps = Set(bunched.compactMap(\.ipHash))
        return distinctIps.count <= config.clusterMaxIpHashes
    }
}
