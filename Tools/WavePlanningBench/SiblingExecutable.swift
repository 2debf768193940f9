import Foundation

/// Runs the `wave-planning` executable built next to this tool, with the bench's schema and
/// database in its environment, and returns what it printed.
struct SiblingExecutable {
    let name: String
    let environment: [String: String]

    struct Failed: Error, CustomStringConvertible {
        let arguments: [String]
        let status: Int32
        let output: String
        var description: String { "\(arguments.joined(separator: " ")) exited \(status): \(output)" }
    }

    var url: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent(name)
    }

    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failed(arguments: arguments, status: process.terminationStatus, output: text)
        }
        return text
    }
}
