/// Publishes awaiting their confirm on one confirm-mode channel.
///
/// The channel numbers publishes from 1; a basic.ack / basic.nack names one number and with `multiple`
/// settles every lower one too. Entries live in an array indexed by sequence, so settling is O(settled).
struct ConfirmTracker<Entry> {
    private var entries: [Entry?] = []
    /// Entries before `head` are settled; `entries[i]` carries sequence `firstSequence + i`.
    private var head = 0
    private var firstSequence: UInt64 = 1
    private(set) var pendingCount = 0

    var isEmpty: Bool { pendingCount == 0 }

    /// The unsettled entries in publish order.
    var pendingEntries: [Entry] { entries[head...].compactMap { $0 } }

    /// Records the next publish on the channel (the caller publishes in the same order it appends).
    mutating func append(_ entry: Entry) {
        entries.append(entry)
        pendingCount += 1
    }

    /// Removes and returns, in publish order, the entries a confirm for `sequence` settles.
    /// Unknown or already-settled sequences settle nothing.
    mutating func settle(_ sequence: UInt64, multiple: Bool) -> [Entry] {
        guard sequence >= firstSequence, sequence - firstSequence < UInt64(entries.count) else { return [] }
        let last = Int(sequence - firstSequence)
        guard last >= head else { return [] }
        var settled: [Entry] = []
        for index in (multiple ? head : last)...last {
            if let entry = entries[index] {
                settled.append(entry)
                entries[index] = nil
            }
        }
        pendingCount -= settled.count
        while head < entries.count, entries[head] == nil { head += 1 }
        if head > 1024, head * 2 > entries.count {
            entries.removeFirst(head)
            firstSequence += UInt64(head)
            head = 0
        }
        return settled
    }

    /// Applies `update` to pending entries in publish order until it returns true; false if none did.
    mutating func updateFirst(where update: (inout Entry) -> Bool) -> Bool {
        for index in head..<entries.count {
            guard var entry = entries[index] else { continue }
            if update(&entry) {
                entries[index] = entry
                return true
            }
        }
        return false
    }

    /// Empties the tracker because its channel died; returns the unsettled entries in publish order.
    /// A new channel numbers from 1 again.
    mutating func removeAll() -> [Entry] {
        let pending = entries[head...].compactMap { $0 }
        entries.removeAll()
        head = 0
        firstSequence = 1
        pendingCount = 0
        return pending
    }
}
