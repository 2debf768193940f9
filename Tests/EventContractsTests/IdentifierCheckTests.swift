import Testing

@testable import EventContracts

/// ``Check/identifier(_:_:)`` decides ASCII ids byte by byte and others by Unicode's whitespace property;
/// both paths must agree with the rule "no whitespace, no control characters".
struct IdentifierCheckTests {
    @Test("rejected: ASCII and Unicode whitespace, control characters", arguments: [
        "s 1", "s\t1", "s\n1", "s\u{7F}1", "s\u{01}1", "s\u{00A0}1", "s\u{2003}1", "s\u{3000}1", "é\u{0085}",
    ])
    func rejects(_ id: String) {
        #expect(Check.containsWhitespaceOrControl(id))
        #expect(throws: ContractViolation.self) { try Check.identifier(id, "data.id") }
    }

    @Test("accepted: ASCII punctuation and non-ASCII letters", arguments: [
        "s-1", "listing:42/a_b.c", "élève-7", "学生-1", "🙂",
    ])
    func accepts(_ id: String) throws {
        #expect(!Check.containsWhitespaceOrControl(id))
        try Check.identifier(id, "data.id")
    }

    @Test("the field path is built only when the check fails")
    func lazyFieldPath() throws {
        var built = 0
        func path() -> String {
            built += 1
            return "data.items[0].id"
        }
        try Check.identifier("ok", path())
        #expect(built == 0)
        #expect(throws: ContractViolation(field: "data.items[0].id", reason: "must not be empty")) {
            try Check.identifier("", path())
        }
        #expect(built == 1)
    }
}
