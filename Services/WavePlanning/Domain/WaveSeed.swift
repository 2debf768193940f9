/// D000-42: `seed = config.seed` when non-empty, else the wave id. Config wins so A/B replays
/// are possible; the resolved seed is logged on the wave.
public enum WaveSeed {
    public static func resolve(configSeed: String?, waveId: String) -> String {
        if let configSeed, !configSeed.isEmpty { return configSeed }
        return waveId
    }
}
