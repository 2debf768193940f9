import Foundation
import Testing
import TestSupport
@testable import EventContracts

/// Swift-built events satisfy the JSON Schemas, checked by the same script CI runs.
struct SchemaInstanceTests {
    @Test("there is one fixture per registered type")
    func fixturesCoverRegistry() {
        let fixtureTypes = Fixtures.all.map { type(of: $0).eventType }
        #expect(Set(fixtureTypes).count == fixtureTypes.count)
        #expect(fixtureTypes.sorted() == EventRegistry.v1.typeNames)
    }

    @Test("every Swift-built event validates against its schema (scripts/check-schemas.py --instances)")
    func swiftInstancesMatchSchemas() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent(TestEnvironment.uniqueName("event-instances"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for payload in Fixtures.all {
            let bytes = try Fixtures.eventBytes(payload)
            try bytes.write(to: folder.appendingPathComponent("\(type(of: payload).eventType).json"))
        }

        let result = try runChecker(arguments: ["--instances", folder.path])
        #expect(result.status == 0, "check-schemas failed:\n\(result.output)")
        #expect(result.output.contains("\(Fixtures.all.count) instances"), "\(result.output)")
    }

    @Test("the checker rejects an instance that breaks its schema")
    func checkerRejectsBadInstance() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent(TestEnvironment.uniqueName("event-instances-bad"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try Fixtures.eventBytes(TopicCreated(topicId: "t1", periodId: "p1", title: "Graphs", capacity: 1))
        let bad = String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"capacity\":1", with: "\"capacity\":0")
        #expect(bad != String(decoding: good, as: UTF8.self))
        try Data(bad.utf8).write(to: folder.appendingPathComponent("topic.created.json"))

        let result = try runChecker(arguments: ["--instances", folder.path])
        #expect(result.status == 1)
        #expect(result.output.contains("data.capacity"), "\(result.output)")
    }

    private func runChecker(arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestEnvironment.packageRoot.appendingPathComponent("scripts/check-schemas.py").path]
            + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
