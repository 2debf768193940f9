/// PostgreSQL's one-dimensional array text format, `{a,"b c",NULL}`.
enum PostgresArrayLiteral {
    private static let openBrace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    /// With `quoted`, every element is double-quoted with `\\` and `"` escaped, so commas, braces, spaces, the
    /// word NULL and empty strings all survive; without, texts are written as they are (for element types whose
    /// texts never need quotes). Nil elements become the unquoted NULL.
    static func encode<Element>(_ elements: [Element], quoted: Bool, text: (Element) -> String?) -> String {
        var bytes: [UInt8] = [openBrace]
        bytes.reserveCapacity(2 + elements.count * (quoted ? 24 : 16))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(comma) }
            guard var element = text(element) else {
                bytes.append(contentsOf: "NULL".utf8)
                continue
            }
            element.withUTF8 { utf8 in
                guard quoted else { return bytes.append(contentsOf: utf8) }
                bytes.append(quote)
                for byte in utf8 {
                    if byte == quote || byte == backslash { bytes.append(backslash) }
                    bytes.append(byte)
                }
                bytes.append(quote)
            }
        }
        bytes.append(closeBrace)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The elements of a one-dimensional array value, nil for NULL. Unescaped elements are slices of `text`.
    static func decode(_ text: ArraySlice<UInt8>, column: String) throws(PostgresError) -> [ArraySlice<UInt8>?] {
        func malformed(_ problem: String) -> PostgresError {
            PostgresError(.decoding, "column \"\(column)\" is not a valid array literal: \(problem)", column: column)
        }
        var index = text.startIndex
        // A lower bound other than 1 is printed as a dimension prefix: `[0:2]={…}`.
        if text.first == UInt8(ascii: "[") {
            guard let equals = text.firstIndex(of: UInt8(ascii: "=")) else { throw malformed("dimension prefix") }
            index = text.index(after: equals)
        }
        guard index < text.endIndex, text[index] == openBrace, text.last == closeBrace else {
            throw malformed("missing braces")
        }
        index = text.index(after: index)
        let end = text.index(before: text.endIndex)
        var elements: [ArraySlice<UInt8>?] = []
        if index == end { return elements }
        while true {
            guard index < end else { throw malformed("missing element") }
            if text[index] == openBrace { throw malformed("multi-dimensional arrays are not supported") }
            let element: ArraySlice<UInt8>?
            if text[index] == quote {
                (element, index) = try quoted(text, from: index, end: end, malformed: malformed)
            } else {
                var stop = index
                while stop < end, text[stop] != comma { stop += 1 }
                let raw = text[index..<stop]
                element = isNull(raw) ? nil : unescaped(raw)
                index = stop
            }
            elements.append(element)
            if index == end { return elements }
            guard text[index] == comma else { throw malformed("expected a comma") }
            index += 1
        }
    }

    /// A quoted element starting at `start` (the opening quote); returns it and the index after its closing quote.
    private static func quoted(
        _ text: ArraySlice<UInt8>, from start: Int, end: Int, malformed: (String) -> PostgresError
    ) throws(PostgresError) -> (ArraySlice<UInt8>, Int) {
        var index = start + 1
        var hasEscapes = false
        while index < end, text[index] != quote {
            if text[index] == backslash {
                hasEscapes = true
                index += 1
            }
            index += 1
        }
        guard index < end else { throw malformed("unterminated quoted element") }
        let raw = text[(start + 1)..<index]
        return (hasEscapes ? unescaped(raw) : raw, index + 1)
    }

    private static func unescaped(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard raw.contains(backslash) else { return raw }
        var result: [UInt8] = []
        result.reserveCapacity(raw.count)
        var escaping = false
        for byte in raw {
            if byte == backslash && !escaping {
                escaping = true
                continue
            }
            escaping = false
            result.append(byte)
        }
        return result[...]
    }

    private static func isNull(_ raw: ArraySlice<UInt8>) -> Bool {
        raw.count == 4 && raw.elementsEqual("NULL".utf8) { ($0 | 0x20) == ($1 | 0x20) }
    }
}
