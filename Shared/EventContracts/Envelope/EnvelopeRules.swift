/// Attribute rules shared by reading (``EventEnvelope``) and writing (``CloudEvent``).
enum EnvelopeRules {
    static func validate(
        id: String, source: String, correlationid: String?, causationid: String?, traceparent: String?
    ) throws(ContractViolation) {
        guard Check.isLowercaseUUID(id) else {
            throw ContractViolation(field: "id", reason: "expected a lowercase UUID, found \(ContractViolation.quoted(id))")
        }
        guard !source.isEmpty else { throw ContractViolation(field: "source", reason: "must not be empty") }
        if let correlationid, correlationid.isEmpty {
            throw ContractViolation(field: "correlationid", reason: "must not be empty")
        }
        if let causationid, !Check.isLowercaseUUID(causationid) {
            throw ContractViolation(
                field: "causationid", reason: "expected a lowercase UUID (an event id), found \(ContractViolation.quoted(causationid))")
        }
        if let traceparent, !isTraceparent(traceparent) {
            throw ContractViolation(
                field: "traceparent",
                reason: "expected W3C trace context like 00-<32 hex>-<16 hex>-<2 hex>, found \(ContractViolation.quoted(traceparent))")
        }
    }

    /// `version-traceid-parentid-flags` in lowercase hex (W3C Trace Context §3.2).
    static func isTraceparent(_ value: String) -> Bool {
        let parts = value.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 4, parts.map(\.count) == [2, 32, 16, 2] else { return false }
        return parts.allSatisfy { $0.allSatisfy(Check.isLowerHex) }
    }
}
