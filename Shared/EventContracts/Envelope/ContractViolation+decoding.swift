/// Turns Swift decoding errors into violations that name the JSON field path.
extension ContractViolation {
    /// - Parameters:
    ///   - error: an error thrown while decoding from a ``JSONValue`` tree, whose messages
    ///     are already phrased for people (`expected integer, found string`).
    ///   - prefix: the path of the decoded document inside the CloudEvent (`data`), or empty.
    init(decoding error: DecodingError, prefix: String) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(field: Self.path(context.codingPath + [key], prefix: prefix), reason: "missing required field")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            self.init(field: Self.path(context.codingPath, prefix: prefix), reason: context.debugDescription)
        @unknown default:
            self.init(field: prefix.isEmpty ? Self.envelopeField : prefix, reason: "\(error)")
        }
    }

    /// Renders `[items, 2, quantity]` under `data` as `data.items[2].quantity`.
    static func path(_ codingPath: [any CodingKey], prefix: String) -> String {
        var path = prefix
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path.isEmpty ? envelopeField : path
    }
}
