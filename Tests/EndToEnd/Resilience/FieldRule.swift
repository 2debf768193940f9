import Foundation

/// What `schemas/events/<type>.json` says about one field of `data` (or of an element of one of its
/// arrays): enough to build a value that breaks exactly that rule.
struct FieldRule: Sendable {
    let path: [JSONStep]
    let required: Bool
    let types: Set<String>
    let enumValues: [String]
    let minLength: Int?
    let maxLength: Int?
    let pattern: String?
    let minimum: Double?
    let maximum: Double?
    let exclusiveMinimum: Double?
    let minItems: Int?

    /// The path as the contract names it in a violation: `data.items[0].quantity`.
    var name: String {
        path.reduce("") { text, step in
            switch step {
            case .key(let key): text.isEmpty ? key : "\(text).\(key)"
            case .index(let index): "\(text)[\(index)]"
            }
        }
    }

    init(path: [JSONStep], required: Bool, schema: JSONTree) {
        self.path = path
        self.required = required
        switch schema["type"] {
        case .string(let type): types = [type]
        case .array(let list): types = Set(list.compactMap { if case .string(let type) = $0 { type } else { nil } })
        default: types = []
        }
        if case .array(let values) = schema["enum"] {
            enumValues = values.compactMap { if case .string(let value) = $0 { value } else { nil } }
        } else {
            enumValues = []
        }
        minLength = schema["minLength"]?.number.map { Int($0) }
        maxLength = schema["maxLength"]?.number.map { Int($0) }
        if case .string(let pattern) = schema["pattern"] { self.pattern = pattern } else { pattern = nil }
        minimum = schema["minimum"]?.number
        maximum = schema["maximum"]?.number
        exclusiveMinimum = schema["exclusiveMinimum"]?.number
        minItems = schema["minItems"]?.number.map { Int($0) }
    }

    /// Whether `text` matches the field's pattern (true when there is none).
    func matchesPattern(_ text: String) -> Bool {
        guard let pattern, let regex = try? NSRegularExpression(pattern: pattern) else { return true }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
