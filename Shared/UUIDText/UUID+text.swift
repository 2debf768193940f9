import Foundation

/// The canonical text form of a UUID, the one implementation the event codec and the PostgreSQL codec
/// share (event ids, brick and user ids travel as lowercase text in both).
extension UUID {
    /// The canonical lowercase form (`7d9b2a8e-5c1f-4f0e-9a57-2f7b0c3e6d11`), written directly: on Linux,
    /// `uuidString` formats each byte with `sprintf`, and then `lowercased()` copies it again.
    public var lowercaseText: String {
        let digits: StaticString = "0123456789abcdef"
        return withUnsafeBytes(of: uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { text in
                var index = 0
                for (offset, byte) in bytes.enumerated() {
                    if offset == 4 || offset == 6 || offset == 8 || offset == 10 {
                        text[index] = UInt8(ascii: "-")
                        index += 1
                    }
                    text[index] = digits.utf8Start[Int(byte >> 4)]
                    text[index + 1] = digits.utf8Start[Int(byte & 0x0F)]
                    index += 2
                }
                return index
            }
        }
    }

    /// Parses the canonical 8-4-4-4-12 hex form (as PostgreSQL prints it), in either letter case, without the
    /// `sscanf` Foundation's parser goes through on Linux; nil for anything else.
    public init?(canonicalText text: some Collection<UInt8>) {
        guard text.count == 36 else { return nil }
        var bytes = (UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0),
                     UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0))
        let parsed = withUnsafeMutableBytes(of: &bytes) { output -> Bool in
            var iterator = text.makeIterator()
            for (offset, _) in output.enumerated() {
                if offset == 4 || offset == 6 || offset == 8 || offset == 10 {
                    guard iterator.next() == UInt8(ascii: "-") else { return false }
                }
                guard let high = iterator.next().flatMap(Self.hexValue), let low = iterator.next().flatMap(Self.hexValue) else {
                    return false
                }
                output[offset] = high << 4 | low
            }
            return true
        }
        guard parsed else { return nil }
        self.init(uuid: bytes)
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit &- UInt8(ascii: "A") &+ 10
        default: nil
        }
    }
}
