import Testing

@testable import AMQP

struct ConfirmTrackerTests {
    @Test func multipleAckSettlesEverythingUpToTheSequence() {
        var tracker = ConfirmTracker<String>()
        for name in ["a", "b", "c", "d"] { tracker.append(name) }
        #expect(tracker.settle(2, multiple: false) == ["b"])
        #expect(tracker.settle(3, multiple: true) == ["a", "c"])
        #expect(tracker.pendingCount == 1)
        #expect(tracker.settle(3, multiple: true).isEmpty)
        #expect(tracker.settle(99, multiple: true).isEmpty)
        #expect(tracker.settle(0, multiple: false).isEmpty)
        #expect(tracker.settle(4, multiple: false) == ["d"])
        #expect(tracker.isEmpty)
    }

    @Test func removeAllReturnsUnsettledInOrderAndRestartsNumbering() {
        var tracker = ConfirmTracker<Int>()
        for value in 1...5 { tracker.append(value) }
        _ = tracker.settle(1, multiple: false)
        _ = tracker.settle(4, multiple: false)
        #expect(tracker.removeAll() == [2, 3, 5])
        tracker.append(10)
        #expect(tracker.settle(1, multiple: false) == [10])
    }

    @Test func updateFirstTouchesTheEarliestMatchingEntry() {
        var tracker = ConfirmTracker<(String, Bool)>()
        tracker.append(("x", false))
        tracker.append(("y", false))
        tracker.append(("y", false))
        let found = tracker.updateFirst { entry in
            guard entry.0 == "y", !entry.1 else { return false }
            entry.1 = true
            return true
        }
        #expect(found)
        #expect(tracker.pendingEntries.map(\.1) == [false, true, false])
    }

    @Test func compactionKeepsSequencesStable() {
        var tracker = ConfirmTracker<Int>()
        for value in 1...5000 { tracker.append(value) }
        #expect(tracker.settle(3000, multiple: true).count == 3000)
        #expect(tracker.settle(4000, multiple: false) == [4000])
        #expect(tracker.settle(3001, multiple: false) == [3001])
        #expect(tracker.settle(5000, multiple: true).count == 1998)
        #expect(tracker.isEmpty)
    }

    @Test func outstandingTagsOnlySendAcksTheBrokerAccepts() {
        var tags = OutstandingTags()
        for tag in [1, 2, 3, 5, 6] as [UInt64] { tags.insert(tag) }
        #expect(tags.remove(5, multiple: false) == 5)
        #expect(tags.remove(5, multiple: false) == nil)
        // 5 is gone: a multiple ack up to 5 must name 3, the highest tag the broker still holds.
        #expect(tags.remove(5, multiple: true) == 3)
        #expect(tags.count == 1)
        #expect(tags.remove(4, multiple: true) == nil)
        #expect(tags.remove(9, multiple: true) == 6)
        #expect(tags.count == 0)
    }

    @Test func backoffDoublesUpToTheCapAndResets() {
        var backoff = Backoff(0.1...0.5)
        let delays = (0..<5).map { _ in backoff.nextDelay() }
        #expect(delays == [.milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(500), .milliseconds(500)])
        backoff.reset()
        #expect(backoff.nextDelay() == .milliseconds(100))
    }
}
