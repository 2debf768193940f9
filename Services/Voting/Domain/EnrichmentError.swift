import Money

/// Why the enricher refused a batch. None of these happen for validated input; they exist so
/// that corrupt stored state fails the batch with a name instead of trapping.
public enum EnrichmentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The batch needs one reserved vote event id per intent.
    case voteEventIdCountMismatch(intents: Int, ids: Int)
    /// The brick's sequence is at `Int64.max`.
    case brickSeqExhausted
    /// The fair range of an absurd live price does not fit in cents.
    case money(MoneyError)

    public var description: String {
        switch self {
        case .voteEventIdCountMismatch(let intents, let ids): "\(intents) intents but \(ids) reserved vote event ids"
        case .brickSeqExhausted: "brickSeq is exhausted for this brick"
        case .money(let error): "fair range: \(error)"
        }
    }
}
