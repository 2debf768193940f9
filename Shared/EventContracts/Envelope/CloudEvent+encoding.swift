import Foundation

extension CloudEvent: Encodable {
    private enum CodingKeys: String, CodingKey {
        case specversion, id, source, type, time, subject, datacontenttype
        case correlationid, causationid, traceparent, data
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.specversion, forKey: .specversion)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(type, forKey: .type)
        try container.encode(time, forKey: .time)
        try container.encode(subject, forKey: .subject)
        try container.encode(Self.datacontenttype, forKey: .datacontenttype)
        try container.encodeIfPresent(correlationid, forKey: .correlationid)
        try container.encodeIfPresent(causationid, forKey: .causationid)
        try container.encodeIfPresent(traceparent, forKey: .traceparent)
        try container.encode(data, forKey: .data)
    }

    /// Checks the attributes and the payload as ``jsonBytes()`` does, without encoding.
    public func validate() throws(ContractViolation) {
        try EnvelopeRules.validate(
            id: id, source: source, correlationid: correlationid, causationid: causationid,
            traceparent: traceparent)
        try data.validate()
    }

    /// Validates the attributes and the payload, then writes the structured-mode JSON document
    /// (keys sorted, deterministic). An invalid event is never written.
    ///
    /// The payload is written by ``EventJSON/encode(_:field:)`` (``PlainJSONEncoder`` where it can, else
    /// `JSONEncoder`); the attributes around it are written here, in the order `.sortedKeys` gives them and
    /// byte for byte as `JSONEncoder` would write them: through `encode(to:)` the attributes cost four times
    /// what the payload does (`EnvelopeEncodingTests` compares the two).
    public func jsonBytes() throws(ContractViolation) -> Data {
        try validate()
        guard let timeText = Timestamp.format(time) else {
            throw ContractViolation(field: "time", reason: "\(time) is outside years 0000…9999")
        }
        let payload = try EventJSON.encode(data, field: "data")
        var object = JSONObjectWriter(capacity: payload.count + 384)
        object.member("causationid", string: causationid)
        object.member("correlationid", string: correlationid)
        object.member("data", json: payload)
        object.member("datacontenttype", string: Self.datacontenttype)
        object.member("id", string: id)
        object.member("source", string: source)
        object.member("specversion", string: Self.specversion)
        object.member("subject", string: subject)
        object.member("time", string: timeText)
        object.member("traceparent", string: traceparent)
        object.member("type", string: type)
        return Data(object.close())
    }
}
