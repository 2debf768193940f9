import Foundation

/// One step into a JSON document: a member or an array element.
enum JSONStep: Sendable, Hashable {
    case key(String)
    case index(Int)
}

extension JSONTree {
    /// The document with the value at `path` replaced (nil removes a member).
    func replacing(at path: ArraySlice<JSONStep>, with value: JSONTree?) -> JSONTree {
        guard let step = path.first else { return value ?? .null }
        switch (step, self) {
        case (.key(let key), .object):
            var copy = self
            let inner = path.count == 1 ? value : self[key]?.replacing(at: path.dropFirst(), with: value)
            copy[key] = inner
            return copy
        case (.index(let index), .array(var values)) where values.indices.contains(index):
            if path.count == 1 {
                if let value { values[index] = value } else { values.remove(at: index) }
            } else {
                values[index] = values[index].replacing(at: path.dropFirst(), with: value)
            }
            return .array(values)
        default:
            return self
        }
    }
}

extension JSONTree {
    /// The value as a number when it is one (integers included), for schema bounds.
    var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }
}
