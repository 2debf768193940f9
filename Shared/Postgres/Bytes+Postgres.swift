/// `UInt8` binds as a small integer on its own, but an array of bytes, `[UInt8]`, is a `bytea` value in hex format
/// (`\x0aff…`), not an array of numbers.
extension UInt8: PostgresArrayElement {
    public var postgresText: String? { String(self) }

    public static func postgresDecode(_ cell: PostgresCell) throws(PostgresError) -> UInt8 {
        try cell.decodeInteger(as: UInt8.self)
    }

    public static func postgresArrayText(_ elements: [UInt8]) -> String? {
        var text: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "x")]
        text.reserveCapacity(2 + elements.count * 2)
        for byte in elements {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    public static func postgresDecodeArray(_ cell: PostgresCell) throws(PostgresError) -> [UInt8] {
        let text = try cell.value(for: [UInt8].self, accepting: [.bytea])
        guard text.count % 2 == 0, text.starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "x")]) else {
            throw cell.failure("is not in bytea hex format (set bytea_output = 'hex')")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count / 2 - 1)
        var index = text.startIndex + 2
        while index < text.endIndex {
            guard let high = nibble(text[index]), let low = nibble(text[index + 1]) else {
                throw cell.failure("contains a non-hex digit")
            }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
