import Foundation
import Logging

/// One log line per entry, `key=value` pairs (logfmt), to standard error.
///
/// `ts=2026-11-23T10:15:02.123Z level=info logger=voting msg="batch applied" event_id=… count=500`.
/// Metadata such as `event_id` and `correlation_id` (see ``Logger/withEvent(id:correlationID:)``) is
/// carried along, so one `grep correlation_id=…` follows a story across all six services.
public struct LogfmtLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    private let label: String

    public init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var line = "ts=\(Self.timestamp()) level=\(event.level.rawValue) logger=\(Self.quoted(label))"
        line += " msg=\(Self.quoted(event.message.description))"
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        for key in merged.keys.sorted() {
            line += " \(key)=\(Self.quoted(merged[key]!.description))"
        }
        line += "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func quoted(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.contains { $0 == " " || $0 == "=" || $0 == "\"" || $0.isNewline }
        guard needsQuotes else { return value }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
        return "\"\(escaped)\""
    }

    private static func timestamp() -> String {
        Date.now.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true))
    }
}

extension LogfmtLogHandler {
    /// Installs the handler for the whole process; call once, first thing in `main`.
    public static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in LogfmtLogHandler(label: label, level: level) }
    }
}

extension Logger {
    /// A copy of this logger that tags every line with the event being handled.
    public func withEvent(id: String, correlationID: String?) -> Logger {
        var logger = self
        logger[metadataKey: "event_id"] = "\(id)"
        if let correlationID { logger[metadataKey: "correlation_id"] = "\(correlationID)" }
        return logger
    }
}
