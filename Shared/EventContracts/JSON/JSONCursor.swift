/// A forward-only reader over the bytes of one JSON document, for the envelope's scanners: ``EnvelopeScan``
/// (strict, for the fast path) and ``DataMember`` (lenient, as `JSONDecoder` is, for the rest).
struct JSONCursor {
    let bytes: UnsafeRawBufferPointer
    var index = 0

    var atEnd: Bool { index == bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    /// A string of printable ASCII without escapes; nil (position unspecified) for anything else.
    mutating func plainString() -> String? {
        plainStringContents().map { String(decoding: UnsafeRawBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }

    /// Where the characters of a string of printable ASCII without escapes lie, quotes excluded.
    mutating func plainStringContents() -> Range<Int>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while let byte = peek {
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                return start..<index
            }
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
            index += 1
        }
        return nil
    }

    /// The text of a strictly valid string (see ``skipStrictValue(depth:)``), whose only escapes are
    /// therefore the two-character ones.
    mutating func strictString() -> String? {
        let start = index
        guard skipStrictString() else { return nil }
        let raw = UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<(index - 1)])
        guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
        var text: [UInt8] = []
        text.reserveCapacity(raw.count)
        var characters = raw.makeIterator()
        while let byte = characters.next() {
            guard byte == UInt8(ascii: "\\"), let letter = characters.next(), let meaning = Self.escaped(letter) else {
                text.append(byte)
                continue
            }
            text.append(meaning)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// What a two-character escape's letter stands for; nil for a letter that makes none.
    private static func escaped(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// Skips one JSON value (RFC 8259), refusing what the scan leaves to `JSONDecoder`: non-ASCII, `\u`
    /// escapes and nesting deeper than 32.
    mutating func skipStrictValue(depth: Int) -> Bool {
        guard depth < 32, let byte = peek else { return false }
        switch byte {
        case UInt8(ascii: "{"): return skipContainer(close: UInt8(ascii: "}"), depth: depth, members: true)
        case UInt8(ascii: "["): return skipContainer(close: UInt8(ascii: "]"), depth: depth, members: false)
        case UInt8(ascii: "\""): return skipStrictString()
        case UInt8(ascii: "t"): return skipLiteral("true")
        case UInt8(ascii: "f"): return skipLiteral("false")
        case UInt8(ascii: "n"): return skipLiteral("null")
        default: return skipNumber()
        }
    }

    private mutating func skipContainer(close: UInt8, depth: Int, members: Bool) -> Bool {
        index += 1
        skipWhitespace()
        if take(close) { return true }
        repeat {
            skipWhitespace()
            if members {
                guard skipStrictString() else { return false }
                skipWhitespace()
                guard take(UInt8(ascii: ":")) else { return false }
                skipWhitespace()
            }
            guard skipStrictValue(depth: depth + 1) else { return false }
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        return take(close)
    }

    private mutating func skipStrictString() -> Bool {
        guard take(UInt8(ascii: "\"")) else { return false }
        while let byte = peek {
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return true
            case UInt8(ascii: "\\"):
                guard let letter = peek, Self.escaped(letter) != nil else { return false }
                index += 1
            case 0x20..<0x7F: continue
            default: return false  // a control character (invalid) or non-ASCII (left to JSONDecoder)
            }
        }
        return false
    }

    private mutating func skipLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count,
            UnsafeRawBufferPointer(start: literal.utf8Start, count: count).elementsEqual(bytes[index..<index + count])
        else { return false }
        index += count
        return true
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    mutating func skipNumber() -> Bool {
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
            if let next = peek, Self.isDigit(next) { return false }
        } else if !skipDigits() {
            return false
        }
        if take(UInt8(ascii: ".")), !skipDigits() { return false }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard skipDigits() else { return false }
        }
        return true
    }

    /// One or more digits.
    private mutating func skipDigits() -> Bool {
        let start = index
        while let byte = peek, Self.isDigit(byte) { index += 1 }
        return index > start
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Skips a string starting at a quote, whatever it holds; its range, quotes included.
    mutating func skipAnyString() -> Range<Int>? {
        let start = index
        guard take(UInt8(ascii: "\"")) else { return nil }
        while let byte = peek {
            switch byte {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""):
                index += 1
                return start..<index
            default: index += 1
            }
        }
        return nil
    }

    /// Skips one value by matching brackets outside strings, without checking what is inside (the caller
    /// has a parser's verdict on the document already).
    mutating func skipAnyValue() -> Bool {
        guard let first = peek else { return false }
        switch first {
        case UInt8(ascii: "\""):
            return skipAnyString() != nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while let byte = peek {
                switch byte {
                case UInt8(ascii: "\""):
                    guard skipAnyString() != nil else { return false }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                default: break
                }
                index += 1
                if depth == 0 { return true }
            }
            return false
        default:
            // A number, `true`, `false` or `null` ends at a separator or whitespace.
            let start = index
            while let byte = peek, !Self.endsScalar(byte) { index += 1 }
            return index > start
        }
    }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
    }
}
