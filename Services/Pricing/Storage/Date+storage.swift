import Foundation

extension Date {
    /// The instant as PostgreSQL's `timestamptz` keeps it: rounded to the microsecond, exactly as
    /// reading it back would produce it. Every time that enters the ledger or the state passes
    /// through here, so live application and `pricing replay` compute on identical values.
    var storageCanonical: Date {
        let micros = (timeIntervalSince1970 * 1_000_000).rounded()
        guard micros.isFinite else { return self }
        return Date(timeIntervalSince1970: micros / 1_000_000)
    }
}
