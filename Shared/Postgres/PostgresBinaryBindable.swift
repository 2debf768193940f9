/// A parameter sent in PostgreSQL's binary format instead of text.
///
/// For values whose text form is costly on both sides: a `text[]` of encoded events is a megabyte of JSON
/// that the array literal must quote and escape byte by byte, and that the server must then unescape.
/// In binary each element is a length and its bytes, copied as they are. The statement must give the
/// parameter exactly the type the bytes are in (`$1::text[]`), since the server reads them without parsing.
public protocol PostgresBinaryBindable: PostgresBindable {
    /// Appends the value in the binary format of its PostgreSQL type (never called for NULL).
    func appendPostgresBinary(to bytes: inout [UInt8])
}

/// An array of texts bound in binary format (`$1::text[]`): no quoting or escaping on either side.
///
/// ```swift
/// PostgresStatement("INSERT INTO outbox (body) SELECT * FROM UNNEST($1::text[])", [PostgresTextArray(bodies)])
/// ```
/// A text may not contain a NUL byte; the server rejects one as invalid UTF-8.
public struct PostgresTextArray: PostgresBinaryBindable, Equatable {
    public var elements: [String]

    public init(_ elements: [String]) { self.elements = elements }

    /// The same value as an array literal, for logs and for anything that only takes text.
    public var postgresText: String? { elements.postgresText }

    private static let textOID: UInt32 = 25

    /// `array_send`'s layout: dimensions, a has-nulls flag, the element type, each dimension's length and lower
    /// bound, then every element as its length and bytes, all integers big-endian.
    public func appendPostgresBinary(to bytes: inout [UInt8]) {
        func append<Integer: FixedWidthInteger>(_ value: Integer) {
            withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
        }
        bytes.reserveCapacity(bytes.count + 20 + elements.reduce(0) { $0 + 4 + $1.utf8.count })
        append(Int32(elements.isEmpty ? 0 : 1))
        append(Int32(0))
        append(Self.textOID)
        guard !elements.isEmpty else { return }
        append(Int32(elements.count))
        append(Int32(1))
        for element in elements {
            append(Int32(element.utf8.count))
            bytes.append(contentsOf: element.utf8)
        }
    }
}
