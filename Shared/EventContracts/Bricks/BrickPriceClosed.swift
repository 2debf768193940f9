/// `brick.price.closed` (pricing → charts): the daily close at 23:07 New York time (P-29).
public struct BrickPriceClosed: EventPayload {
    public static let eventType = "brick.price.closed"

    public var brickId: String
    /// The New York trading day, `YYYY-MM-DD`.
    public var day: String
    public var closePriceCents: Int64
    public var votesToday: Int64

    public init(brickId: String, day: String, closePriceCents: Int64, votesToday: Int64) {
        self.brickId = brickId
        self.day = day
        self.closePriceCents = closePriceCents
        self.votesToday = votesToday
    }

    public var subject: String { Subject.brick(brickId) }

    public func validate() throws(ContractViolation) {
        try Check.uuid(brickId, "data.brickId")
        try Check.dayKey(day, "data.day")
        try Check.atLeast(closePriceCents, 0, "data.closePriceCents")
        try Check.atLeast(votesToday, 0, "data.votesToday")
    }
}
