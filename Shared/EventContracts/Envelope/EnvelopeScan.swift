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
        var cursor = JSONCursor(bytes: bytes)
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
}
