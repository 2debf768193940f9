/// A field that must be present but may be `null`, such as `stockAvailable` (null = unlimited).
///
/// Plain optionals are left out of the JSON when nil and accepted when absent. This wrapper
/// makes the synthesized `Codable` *require* the key (absent → `missing required field`) and
/// *write* `null` explicitly, so "unlimited" can never be confused with "forgotten".
@propertyWrapper
public struct ExplicitNull<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
