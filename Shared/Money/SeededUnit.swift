import Crypto

/// A reproducible number in [0, 1) derived from `key` alone: the waves "Conventions" randomness.
///
/// `seededUnit(key) = (UInt64(bigEndian: SHA256(utf8(key))[0..<8]) >> 11) / 2^53`.
/// Keeping the top 53 bits makes the value exactly representable in a `Double`, so it is
/// identical in every language and can never round up to 1.0 (dividing the full 64-bit value
/// by 2⁶⁴ can). Build keys as the decisions spell them, e.g. `"\(seed):\(productId):jitter"`.
/// Never use the platform random number generator for anything that must be reproducible.
public func seededUnit(_ key: String) -> Double {
    let digest = SHA256.hash(data: Array(key.utf8))
    // The first 8 digest bytes, read as a big-endian integer.
    let leading = digest.prefix(8).reduce(UInt64(0)) { ($0 << 8) | UInt64($1) }
    return Double(leading >> 11) * 0x1p-53
}
