extension EventEnvelope {
    /// Decodes and validates `data` as `Payload`, after checking that the envelope's `type` is
    /// `Payload.eventType` and its `subject` is the payload's.
    public func decode<Payload: EventPayload>(as payloadType: Payload.Type) throws(ContractViolation) -> CloudEvent<Payload> {
        guard type == Payload.eventType else {
            throw ContractViolation(field: "type", reason: "expected \"\(Payload.eventType)\", found \(ContractViolation.quoted(type))")
        }
        let payload = try EventJSON.decode(Payload.self, from: data, prefix: "data")
        try payload.validate()
        guard subject == payload.subject else {
            throw ContractViolation(
                field: "subject", reason: "expected \(ContractViolation.quoted(payload.subject)) (from data), found \(ContractViolation.quoted(subject))")
        }
        return CloudEvent(envelope: self, data: payload)
    }
}
