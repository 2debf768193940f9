/// A PostgreSQL type, identified by its OID, as reported for each result column.
///
/// Decoders check it so that a mismatch (text decoded as `Int64`) fails with an error naming both types
/// instead of producing a wrong value.
public struct PostgresType: Hashable, Sendable, CustomStringConvertible {
    public let oid: UInt32

    public init(oid: UInt32) { self.oid = oid }

    public static let bool = PostgresType(oid: 16)
    public static let bytea = PostgresType(oid: 17)
    public static let name = PostgresType(oid: 19)
    public static let int8 = PostgresType(oid: 20)
    public static let int2 = PostgresType(oid: 21)
    public static let int4 = PostgresType(oid: 23)
    public static let text = PostgresType(oid: 25)
    public static let oidType = PostgresType(oid: 26)
    public static let json = PostgresType(oid: 114)
    public static let float4 = PostgresType(oid: 700)
    public static let float8 = PostgresType(oid: 701)
    public static let unknown = PostgresType(oid: 705)
    public static let bpchar = PostgresType(oid: 1042)
    public static let varchar = PostgresType(oid: 1043)
    public static let date = PostgresType(oid: 1082)
    public static let timestamp = PostgresType(oid: 1114)
    public static let timestamptz = PostgresType(oid: 1184)
    public static let numeric = PostgresType(oid: 1700)
    public static let uuid = PostgresType(oid: 2950)
    public static let jsonb = PostgresType(oid: 3802)

    /// Scalar types by OID with their SQL names, for messages and to recognise "certainly not an array".
    private static let scalarNames: [UInt32: String] = [
        16: "bool", 17: "bytea", 19: "name", 20: "int8", 21: "int2", 23: "int4", 25: "text", 26: "oid",
        114: "json", 700: "float4", 701: "float8", 705: "unknown", 1042: "bpchar", 1043: "varchar",
        1082: "date", 1114: "timestamp", 1184: "timestamptz", 1700: "numeric", 2950: "uuid", 3802: "jsonb",
    ]

    /// Array type OID → element type OID for the built-in arrays of the scalars above.
    private static let arrayElements: [UInt32: UInt32] = [
        1000: 16, 1001: 17, 1003: 19, 1016: 20, 1005: 21, 1007: 23, 1009: 25, 1028: 26, 199: 114,
        1021: 700, 1022: 701, 1014: 1042, 1015: 1043, 1182: 1082, 1115: 1114, 1185: 1184, 1231: 1700,
        2951: 2950, 3807: 3802,
    ]

    /// The element type when this is a known array type.
    public var arrayElement: PostgresType? { Self.arrayElements[oid].map(PostgresType.init(oid:)) }

    /// True for the scalar types this module knows by name (so a value of this type is not an array).
    public var isKnownScalar: Bool { Self.scalarNames[oid] != nil }

    public var description: String {
        if let name = Self.scalarNames[oid] { return name }
        if let element = arrayElement { return "\(element)[]" }
        return "oid \(oid)"
    }
}
