extension Cents {
    /// Parses an exact decimal amount in currency units: `"12.34"` → 1234, `"-0.05"` → -5,
    /// `"7"` → 700, `"7.5"` → 750.
    ///
    /// The grammar is strict, `-?[0-9]+(\.[0-9]{1,2})?` in ASCII with nothing around it, because
    /// amounts come from seeds, configuration and PostgreSQL `NUMERIC(12,2)` text, where anything
    /// else is a data error that must not turn into a silently different amount. A third decimal
    /// is rejected rather than rounded. Failures throw ``MoneyError/invalidDecimal(input:reason:)``
    /// with a ``DecimalParseFailure`` naming the problem.
    public init(parsing text: String) throws(MoneyError) {
        do throws(DecimalParseFailure) {
            self.init(try Cents.parseDecimal(text))
        } catch {
            throw .invalidDecimal(input: text, reason: error)
        }
    }

    /// Accumulates the amount as a non-positive number so that `-92233720368547758.08`
    /// (`Int64.min` cents, one more than any positive amount) parses without a special case.
    private static func parseDecimal(_ text: String) throws(DecimalParseFailure) -> Int64 {
        let bytes = text.utf8
        var index = bytes.startIndex
        var offset = 0
        func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
        func advance() {
            index = bytes.index(after: index)
            offset += 1
        }
        func unexpected() -> DecimalParseFailure {
            // Every byte before `index` was ASCII, so `index` is on a character boundary.
            .unexpectedCharacter(text[index...].first ?? "\u{FFFD}", offset: offset)
        }
        func digit(_ byte: UInt8?) -> Int64? {
            guard let byte, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            return Int64(byte - UInt8(ascii: "0"))
        }

        guard !bytes.isEmpty else { throw .empty }
        let isNegative = peek() == UInt8(ascii: "-")
        if isNegative { advance() }

        var negatedCents: Int64 = 0
        var integerDigits = 0
        while let value = digit(peek()) {
            negatedCents = try appendingDigit(value, to: negatedCents)
            integerDigits += 1
            advance()
        }
        guard integerDigits > 0 else {
            if peek() == nil || peek() == UInt8(ascii: ".") { throw .missingIntegerDigits }
            throw unexpected()
        }
        negatedCents = try scaledToCents(negatedCents)

        if peek() == UInt8(ascii: ".") {
            advance()
            guard let tens = digit(peek()) else {
                if peek() == nil { throw .missingFractionDigits }
                throw unexpected()
            }
            advance()
            var fraction = tens * 10
            if let units = digit(peek()) {
                fraction += units
                advance()
                if digit(peek()) != nil { throw .tooManyFractionDigits }
            }
            let (sum, overflow) = negatedCents.subtractingReportingOverflow(fraction)
            guard !overflow else { throw .outOfRange }
            negatedCents = sum
        }
        guard peek() == nil else { throw unexpected() }

        if isNegative { return negatedCents }
        guard negatedCents != .min else { throw .outOfRange }
        return -negatedCents
    }

    private static func appendingDigit(_ value: Int64, to negated: Int64) throws(DecimalParseFailure) -> Int64 {
        let (shifted, shiftOverflow) = negated.multipliedReportingOverflow(by: 10)
        let (result, digitOverflow) = shifted.subtractingReportingOverflow(value)
        guard !shiftOverflow, !digitOverflow else { throw .outOfRange }
        return result
    }

    private static func scaledToCents(_ negatedUnits: Int64) throws(DecimalParseFailure) -> Int64 {
        let (result, overflow) = negatedUnits.multipliedReportingOverflow(by: 100)
        guard !overflow else { throw .outOfRange }
        return result
    }
}
