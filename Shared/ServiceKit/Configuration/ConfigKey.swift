/// One configuration variable: its name without the service prefix, its default, and what it is for.
///
/// Keys are declared once and both read the environment and document it, so `--help` can never
/// drift from what the service actually reads.
///
/// ```swift
/// static let batchSize = ConfigKey("BATCH_SIZE", default: 500, help: "messages per consumer batch")
/// ```
public struct ConfigKey<Value: Sendable>: Sendable {
    public let name: String
    public let defaultValue: Value
    public let help: String
    let parse: @Sendable (String) -> Value?
    let render: @Sendable (Value) -> String

    public init(
        _ name: String, default defaultValue: Value, help: String,
        parse: @escaping @Sendable (String) -> Value?,
        render: @escaping @Sendable (Value) -> String
    ) {
        self.name = name
        self.defaultValue = defaultValue
        self.help = help
        self.parse = parse
        self.render = render
    }

    /// The type-erased description `--help` lists.
    public var documentation: ConfigKeyDocumentation {
        ConfigKeyDocumentation(name: name, defaultValue: render(defaultValue), help: help)
    }
}

public struct ConfigKeyDocumentation: Sendable, Equatable {
    public let name: String
    public let defaultValue: String
    public let help: String
}

extension ConfigKey where Value == String {
    public init(_ name: String, default defaultValue: String, help: String) {
        self.init(name, default: defaultValue, help: help, parse: { $0 }, render: { $0 })
    }
}

extension ConfigKey where Value == Int {
    public init(_ name: String, default defaultValue: Int, help: String) {
        self.init(name, default: defaultValue, help: help, parse: { Int($0) }, render: { String($0) })
    }
}

extension ConfigKey where Value == Double {
    public init(_ name: String, default defaultValue: Double, help: String) {
        self.init(name, default: defaultValue, help: help, parse: { Double($0) }, render: { String($0) })
    }
}

extension ConfigKey where Value == Bool {
    public init(_ name: String, default defaultValue: Bool, help: String) {
        self.init(
            name, default: defaultValue, help: help,
            parse: { text in
                switch text.lowercased() {
                case "1", "true", "yes", "on": true
                case "0", "false", "no", "off": false
                default: nil
                }
            },
            render: { $0 ? "true" : "false" })
    }
}
