/// An exchange to declare on every (re)connect.
public struct ExchangeSpec: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case topic, direct, fanout
    }

    public var name: String
    public var kind: Kind
    public var durable: Bool

    public init(name: String, kind: Kind, durable: Bool = true) {
        self.name = name
        self.kind = kind
        self.durable = durable
    }
}
