import Foundation

/// Maps CloudEvents `type` names to payload types, so a consumer can route and decode any
/// message it binds.
///
/// ```swift
/// let envelope = try EventEnvelope(decoding: body)
/// switch try EventRegistry.v1.decodePayload(envelope) {
/// case let vote as VoteRecorded: ...
/// default: ...
/// }
/// ```
public struct EventRegistry: Sendable {
    private let types: [String: any EventPayload.Type]

    /// A registry of the given payload types; two types claiming one name is an error.
    public init(_ payloadTypes: [any EventPayload.Type]) throws(ContractViolation) {
        var types: [String: any EventPayload.Type] = [:]
        for payloadType in payloadTypes {
            guard types.updateValue(payloadType, forKey: payloadType.eventType) == nil else {
                throw ContractViolation(field: "type", reason: "\"\(payloadType.eventType)\" is registered twice")
            }
        }
        self.types = types
    }

    /// For lists already known to be free of duplicates (``v1``; a test checks it).
    init(checked types: [String: any EventPayload.Type]) {
        self.types = types
    }

    /// Every registered type name, sorted.
    public var typeNames: [String] { types.keys.sorted() }

    /// The payload type registered for `typeName`, if any.
    public func payloadType(for typeName: String) -> (any EventPayload.Type)? {
        types[typeName]
    }

    /// Decodes and validates the envelope's data as the payload type its `type` names.
    public func decodePayload(_ envelope: EventEnvelope) throws(ContractViolation) -> any EventPayload {
        guard let payloadType = types[envelope.type] else {
            throw ContractViolation(field: "type", reason: "unknown event type \(ContractViolation.quoted(envelope.type))")
        }
        return try Self.decodeData(of: envelope, as: payloadType)
    }

    /// Decodes and validates a bare `data` object as the payload of `typeName`, for tools that build
    /// the envelope themselves (its `subject` then comes from the payload).
    public func decodePayload(type typeName: String, data: Data) throws(ContractViolation) -> any EventPayload {
        guard let payloadType = types[typeName] else {
            throw ContractViolation(field: "type", reason: "unknown event type \(ContractViolation.quoted(typeName))")
        }
        return try Self.decodeBareData(data, as: payloadType)
    }

    private static func decodeBareData<Payload: EventPayload>(
        _ data: Data, as payloadType: Payload.Type
    ) throws(ContractViolation) -> any EventPayload {
        let payload = try EventJSON.decode(Payload.self, from: data, prefix: "data")
        try payload.validate()
        return payload
    }

    private static func decodeData<Payload: EventPayload>(
        of envelope: EventEnvelope, as payloadType: Payload.Type
    ) throws(ContractViolation) -> any EventPayload {
        try envelope.decode(as: payloadType).data
    }
}
