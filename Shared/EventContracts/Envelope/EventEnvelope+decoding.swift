extension EventEnvelope {
    /// Decodes and validates `data` as `Payload`, after checking that the envelope's `type` is
    /// `Payload.eventType` and its `subject` is the payload's.
    public func decode<Payload: EventPayload>(as payloadType: Payload.Type) throws(ContractViolation) -> CloudEvent<Payload> {
        guard type == Payload.eventType else {
            throw ContractViolation(field: "type", reason: "expected \"\(Payload.eventType)\", found \(ContractViolation.quoted(type))")
        }
        // Plain data (nearly all of it) is read by PlainJSONDecoder; JSONDecoder reads the rest and explains
        // every failure.
        let payload: Payload
        if let plain = PlainJSONDecoder.decode(Payload.self, from: data) {
            payload = plain
        } else {
            payload = try EventJSON.decode(Payload.self, from: data, prefix: "data")
        }
        try payload.validate()
        guard subject == payload.subject else {
            throw ContractViolation(
                field: "subject", reason: "expected \(ContractViolation.quoted(payload.subject)) (from data), found \(ContractViolation.quoted(subject))")
        }
        return CloudEvent(envelope: self, data: payload)
    }
}
