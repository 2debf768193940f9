extension TradingDay: Codable {
    /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
    ///
    /// - Throws: ``DailyCloseError/invalidDay(_:)`` naming the text.
    public init(parsing text: String) throws(DailyCloseError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard parts.count == 3,
            zip(parts, widths).allSatisfy({ part, width in part.count == width && part.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw .invalidDay(text) }
        do {
            try self.init(year: year, month: month, day: day)
        } catch {
            throw .invalidDay(text)
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
