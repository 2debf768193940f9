import Crypto

/// D000's `seededUnit`, recomputed independently of the service to check the SQL sample key.
enum SeededKey {
    static func unit(_ key: String) -> Double {
        let digest = Array(SHA256.hash(data: Array(key.utf8)))
        let top = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Double(top >> 11) / 9_007_199_254_740_992
    }
}
