/// Reads a structured-mode CloudEvent's attributes and finds its `data` without `JSONDecoder`, for plain
/// documents only.
///
/// Plain means: a top-level object whose members other than `data` are all strings of printable ASCII
/// without escapes (the attributes as every producer writes them), no key twice, and a `data` object that
/// is strictly valid JSON made of ASCII without `\u` escapes. For anything else the scan returns nil and
/// the caller decodes with `JSONDecoder`, which then reports what is wrong; so whatever the scan accepts,
/// `JSONDecoder` accepts too and reads the same values (`EnvelopeScanTests`).
enum EnvelopeScan {
    static func scan(_ bytes: UnsafeRawBufferPointer) -> (header: EnvelopeHeader, data: Range<Int>)? {
        var cursor = Cursor(bytes: bytes)
        var attributes: [String: String] = [:]
        var data: Range<Int>?
        cursor.skipWhitespace()
        guard cursor.take(UInt8(ascii: "{")) else { return nil }
        cursor.skipWhitespace()
        guard !cursor.take(UInt8(ascii: "}")) else { return nil }
        repeat {
            cursor.skipWhitespace()
            guard let key = cursor.plainString() else { return nil }
            cursor.skipWhitespace()
            guard cursor.take(UInt8(ascii: ":")) else { return nil }
            cursor.skipWhitespace()
            if key == "data" {
                let start = cursor.index
                guard data == nil, cursor.peek == UInt8(ascii: "{"), cursor.skipStrictValue(depth: 0) else { return nil }
                data = start..<cursor.index
            } else {
                guard let value = cursor.plainString(), attributes.updateValue(value, forKey: key) == nil else { return nil }
            }
            cursor.skipWhitespace()
        } while cursor.take(UInt8(ascii: ","))
        guard cursor.take(UInt8(ascii: "}")) else { return nil }
        cursor.skipWhitespace()
        guard cursor.atEnd, let data, let specversion = attributes["specversion"], let id = attributes["id"],
            let source = attributes["source"], let type = attributes["type"], let time = attributes["time"]
        else { return nil }
        let header = EnvelopeHeader(
            specversion: specversion, id: id, source: source, type: type, time: time, subject: attributes["subject"],
            datacontenttype: attributes["datacontenttype"], correlationid: attributes["correlationid"],
            causationid: attributes["causationid"], traceparent: attributes["traceparent"])
        return (header, data)
    }

    private struct Cursor {
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
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while let byte = peek {
                if byte == UInt8(ascii: "\"") {
                    defer { index += 1 }
                    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                }
                guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
                index += 1
            }
            return nil
        }

        /// Skips one JSON value (RFC 8259), refusing what the scan leaves to `JSONDecoder`: non-ASCII, `\u`
        /// escapes and nesting deeper than 32.
        mutating func skipStrictValue(depth: Int) -> Bool {
            guard depth < 32, let byte = peek else { return false }
            switch byte {
            case UInt8(ascii: "{"): return skipContainer(close: UInt8(ascii: "}"), depth: depth, members: true)
            case UInt8(ascii: "["): return skipContainer(close: UInt8(ascii: "]"), depth: depth, members: false)
            case UInt8(ascii: "\""): return skipString()
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
                    guard skipString() else { return false }
                    skipWhitespace()
                    guard take(UInt8(ascii: ":")) else { return false }
                    skipWhitespace()
                }
                guard skipStrictValue(depth: depth + 1) else { return false }
                skipWhitespace()
            } while take(UInt8(ascii: ","))
            return take(close)
        }

        private mutating func skipString() -> Bool {
            guard take(UInt8(ascii: "\"")) else { return false }
            while let byte = peek {
                index += 1
                switch byte {
                case UInt8(ascii: "\""): return true
                case UInt8(ascii: "\\"):
                    guard let escaped = peek, Array(#""\/bfnrt"#.utf8).contains(escaped) else { return false }
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
        private mutating func skipNumber() -> Bool {
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

        private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    }
}
