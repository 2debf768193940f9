import Foundation

extension Date {
    /// The instant cut to whole milliseconds: the precision of CloudEvents timestamps. Times the
    /// server creates (an HTTP intent's `submittedAt`, the enricher's `now`) pass through here,
    /// so a stored vote and its `vote.recorded` carry exactly the same `createdAt`.
    var votingPrecision: Date {
        let millis = (timeIntervalSince1970 * 1_000).rounded(.down)
        guard millis.isFinite else { return self }
        return Date(timeIntervalSince1970: millis / 1_000)
    }
}
