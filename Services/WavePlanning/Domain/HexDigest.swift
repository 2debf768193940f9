import Crypto

/// Lowercase hex of SHA-256 over the UTF-8 bytes of `text`, cut to `length` characters: the
/// building block of plan hashes (D000-39) and simulated buyer ids (D000-41).
func sha256Hex(_ text: String, length: Int) -> String {
    let digits = Array("0123456789abcdef")
    var hex = ""
    hex.reserveCapacity(64)
    for byte in SHA256.hash(data: Array(text.utf8)) {
        hex.append(digits[Int(byte >> 4)])
        hex.append(digits[Int(byte & 0x0f)])
    }
    return String(hex.prefix(length))
}
