import Foundation

/// A reference row with what versions it: the event's time, then its position in the batch.
struct Versioned<Value: Sendable>: Sendable {
    let value: Value
    let time: Date
    let eventID: String
    /// Delivery position in the batch: breaks ties between events with the same time.
    let sequence: Int

    /// Whether this row replaces `other` of the same key: newer time, or the same time delivered later.
    func supersedes(_ other: Versioned) -> Bool {
        time != other.time ? time > other.time : sequence > other.sequence
    }
}

/// The latest row per key of one reference table within a batch, so one multi-row upsert never
/// touches a row twice (PostgreSQL refuses that) and the batch's last word wins.
struct LatestByKey<Value: Sendable>: Sendable {
    private(set) var rows: [String: Versioned<Value>] = [:]

    mutating func add(_ row: Versioned<Value>, key: String) {
        if let current = rows[key], !row.supersedes(current) { return }
        rows[key] = row
    }

    var isEmpty: Bool { rows.isEmpty }

    /// Rows sorted by key, so concurrent writers lock rows in one order and cannot deadlock.
    var sorted: [Versioned<Value>] {
        rows.sorted { $0.key < $1.key }.map(\.value)
    }
}
