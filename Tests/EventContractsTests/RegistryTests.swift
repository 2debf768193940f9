import Foundation
import Testing
@testable import EventContracts

struct RegistryTests {
    @Test("the registry covers every schema file and every example, and nothing else")
    func registryMatchesSchemaFiles() throws {
        let registered = Set(EventRegistry.v1.typeNames)
        #expect(registered == (try Fixtures.typeNames(in: Fixtures.schemasFolder)))
        #expect(registered == (try Fixtures.typeNames(in: Fixtures.examplesFolder)))
        #expect(registered.contains("rankings.undo.requested"))
        #expect(registered.count == 46)
    }

    @Test("v1 type names are unique, so the checked initializer accepts them")
    func v1TypesAreUnique() throws {
        let rebuilt = try EventRegistry(EventRegistry.v1Types)
        #expect(rebuilt.typeNames == EventRegistry.v1.typeNames)
    }

    @Test("registering two types under one name is rejected")
    func duplicateRegistrationFails() {
        #expect(throws: ContractViolation(field: "type", reason: "\"vote.recorded\" is registered twice")) {
            try EventRegistry([VoteRecorded.self, BrickListed.self, VoteRecorded.self])
        }
    }

    @Test("payload types are found by name")
    func lookup() {
        #expect(EventRegistry.v1.payloadType(for: "warehouse.day.tick") == WarehouseDayTick.self)
        #expect(EventRegistry.v1.payloadType(for: "no.such.type") == nil)
    }

    @Test("an unknown type is reported on the type attribute")
    func unknownType() throws {
        let bytes = try Fixtures.eventBytes(StudentRegistered(studentId: "s1"))
        let renamed = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "\"type\":\"student.registered\"", with: "\"type\":\"student.deleted\"")
        let envelope = try EventEnvelope(decoding: Data(renamed.utf8))
        #expect(throws: ContractViolation(field: "type", reason: "unknown event type \"student.deleted\"")) {
            try EventRegistry.v1.decodePayload(envelope)
        }
    }
}
