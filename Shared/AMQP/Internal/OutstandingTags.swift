/// The consume channel's unacked delivery tags, ascending (the broker numbers deliveries upward).
///
/// RabbitMQ answers an ack for a tag it no longer holds with 406 PRECONDITION_FAILED and closes the
/// channel, and a `multiple` ack must name a tag that is still outstanding. Tracking the tags lets the
/// consumer send only acks the broker accepts: an ack for an already-acked tag becomes a no-op.
struct OutstandingTags {
    private var tags: [UInt64] = []

    var count: Int { tags.count }

    mutating func insert(_ tag: UInt64) {
        if let last = tags.last, tag <= last {
            tags.insert(tag, at: firstIndex(above: tag))
        } else {
            tags.append(tag)
        }
    }

    /// Removes what an ack settles and returns the tag to send, or nil when nothing is outstanding.
    /// For `multiple` that is the highest outstanding tag up to `tag`, since the broker rejects an exact
    /// tag it already settled even in a multiple ack.
    mutating func remove(_ tag: UInt64, multiple: Bool) -> UInt64? {
        let end = firstIndex(above: tag)
        guard end > 0 else { return nil }
        if multiple {
            let highest = tags[end - 1]
            tags.removeFirst(end)
            return highest
        }
        guard tags[end - 1] == tag else { return nil }
        tags.remove(at: end - 1)
        return tag
    }

    mutating func removeAll() { tags.removeAll() }

    /// Binary search: the index of the first tag greater than `tag`.
    private func firstIndex(above tag: UInt64) -> Int {
        var low = 0
        var high = tags.count
        while low < high {
            let middle = (low + high) / 2
            if tags[middle] <= tag { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
