import Foundation
import TestSupport

/// The schema and the valid example of one event type, loaded from `schemas/`.
struct EventSchema: Sendable {
    let type: String
    let example: JSONTree
    /// Every field of `data`, then every field of the first element of each array of objects.
    let fields: [FieldRule]

    init(type: String) throws {
        self.type = type
        let root = TestEnvironment.packageRoot.appendingPathComponent("schemas")
        let schema = try JSONTree.parse(Data(contentsOf: root.appendingPathComponent("events/\(type).json")))
        example = try JSONTree.parse(Data(contentsOf: root.appendingPathComponent("examples/\(type).json")))
        var fields: [FieldRule] = []
        if let data = schema["properties"]?["data"] {
            Self.collect(data, at: [.key("data")], example: example["data"], into: &fields)
        }
        self.fields = fields
    }

    private static func collect(_ object: JSONTree, at path: [JSONStep], example: JSONTree?, into fields: inout [FieldRule]) {
        guard case .object(let properties) = object["properties"] ?? .null else { return }
        var required: Set<String> = []
        if case .array(let names) = object["required"] {
            for case .string(let name) in names { required.insert(name) }
        }
        for (name, rule) in properties {
            let fieldPath = path + [.key(name)]
            fields.append(FieldRule(path: fieldPath, required: required.contains(name), schema: rule))
            // One level into arrays of objects, through the example's first element.
            if let items = rule["items"], items["properties"] != nil, case .array(let values) = example?[name] ?? .null,
                !values.isEmpty
            {
                collect(items, at: fieldPath + [.index(0)], example: values[0], into: &fields)
            }
        }
    }
}
