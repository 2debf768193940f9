/// D001-12: coalesces ranking changes into at most one recalculation per period per interval
/// (500 ms by default), with topic ids de-duplicated.
///
/// Pure state: the consumer calls ``record(_:in:)`` for each consumed batch, and
/// ``takeDue(at:)`` with its clock value to get the runs to perform now; ``nextDue()`` says when
/// to wake up next. Reads never feed it (D001-14).
public struct RecalculationDebouncer: Hashable, Sendable {
    /// One recalculation to run: a period and its de-duplicated, sorted affected topics.
    public struct Job: Hashable, Sendable, Codable {
        public let periodID: PeriodID
        public let topics: [TopicID]

        public init(periodID: PeriodID, topics: [TopicID]) {
            self.periodID = periodID
            self.topics = topics
        }
    }

    public let minimumIntervalMilliseconds: Int64
    private var pending: [PeriodID: Set<TopicID>] = [:]
    private var lastRun: [PeriodID: Timestamp] = [:]

    public init(minimumIntervalMilliseconds: Int64 = 500) {
        self.minimumIntervalMilliseconds = max(minimumIntervalMilliseconds, 0)
    }

    /// Notes the affected topics of one consumed batch.
    public mutating func record(_ topics: some Sequence<TopicID>, in period: PeriodID) {
        pending[period, default: []].formUnion(topics)
    }

    /// Periods with pending topics whose last run is at least the interval ago, sorted by period
    /// id; they are marked as run at `now` and their pending sets cleared.
    public mutating func takeDue(at now: Timestamp) -> [Job] {
        let due = pending.keys.filter { isDue($0, at: now) }.sorted()
        return due.map { period in
            lastRun[period] = now
            let topics = pending.removeValue(forKey: period) ?? []
            return Job(periodID: period, topics: topics.sorted())
        }
    }

    /// The earliest instant a pending period becomes due, or `nil` when nothing is pending.
    public func nextDue() -> Timestamp? {
        pending.keys.map { period in
            guard let last = lastRun[period] else { return Timestamp(millisecondsSinceEpoch: .min) }
            let (sum, overflow) = last.millisecondsSinceEpoch.addingReportingOverflow(minimumIntervalMilliseconds)
            return Timestamp(millisecondsSinceEpoch: overflow ? .max : sum)
        }.min()
    }

    private func isDue(_ period: PeriodID, at now: Timestamp) -> Bool {
        guard let last = lastRun[period] else { return true }
        let (elapsed, overflow) = now.millisecondsSinceEpoch.subtractingReportingOverflow(last.millisecondsSinceEpoch)
        return overflow ? now > last : elapsed >= minimumIntervalMilliseconds
    }
}
