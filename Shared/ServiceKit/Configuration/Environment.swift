import Foundation

/// The process environment seen through one service prefix (`VOTING_`, `PRICING_`, …).
///
/// Reading a key that is set but unparseable is an error, never a silent fallback to the default:
/// a typo in a deployment must stop the service at start-up, not change its behaviour.
public struct ServiceEnvironment: Sendable {
    public let prefix: String
    private let values: [String: String]

    public init(prefix: String, values: [String: String] = ProcessInfo.processInfo.environment) {
        self.prefix = prefix
        self.values = values
    }

    public func callAsFunction<Value>(_ key: ConfigKey<Value>) throws(ConfigurationError) -> Value {
        let variable = prefix + key.name
        guard let text = values[variable], !text.isEmpty else { return key.defaultValue }
        guard let value = key.parse(text) else {
            throw ConfigurationError(variable: variable, value: text, expected: key.render(key.defaultValue))
        }
        return value
    }
}

public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public let variable: String
    public let value: String
    public let expected: String

    public var description: String {
        "environment variable \(variable)=\(value.debugDescription) cannot be read (a value like \(expected) is expected)"
    }
}

extension Array where Element == ConfigKeyDocumentation {
    /// The `--help` text: one line per variable with its default.
    public func helpText(prefix: String) -> String {
        let width = map { prefix.count + $0.name.count }.max() ?? 0
        let lines = map { doc in
            let name = (prefix + doc.name).padding(toLength: width, withPad: " ", startingAt: 0)
            let shownDefault = doc.name.hasSuffix("_URL") ? redactedURL(doc.defaultValue) : doc.defaultValue
            return "  \(name)  \(doc.help) (default: \(shownDefault))"
        }
        return "Environment variables:\n" + lines.joined(separator: "\n")
    }
}

/// Hides the password of a `scheme://user:password@host/...` URL, for logs and help text.
public func redactedURL(_ url: String) -> String {
    guard let schemeEnd = url.range(of: "://"), let at = url.range(of: "@", range: schemeEnd.upperBound..<url.endIndex),
        let colon = url.range(of: ":", range: schemeEnd.upperBound..<at.lowerBound)
    else { return url }
    return url.replacingCharacters(in: colon.upperBound..<at.lowerBound, with: "***")
}
