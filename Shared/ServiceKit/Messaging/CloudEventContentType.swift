import Foundation

/// The AMQP content type of a structured-mode CloudEvent (CloudEvents AMQP binding §3.1).
enum CloudEventContentType {
    static let structured = "application/cloudevents+json"

    /// `application/cloudevents+json`, in any letter case, with or without parameters (`; charset=utf-8`).
    static func isStructured(_ contentType: String) -> Bool {
        // Nearly every message spells it exactly so; only the others pay for trimming and case folding.
        if contentType == structured { return true }
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return mediaType.trimmingCharacters(in: .whitespaces).lowercased() == structured
    }
}
