import Money
import Testing

struct DecimalParsingTests {
    @Test(arguments: [
        ("12.34", 1_234), ("-0.05", -5), ("7", 700), ("7.5", 750), ("0", 0), ("-0", 0), ("-0.00", 0),
        ("0.01", 1), ("-1.10", -110), ("007.50", 750),
        ("92233720368547758.07", .max), ("-92233720368547758.08", .min),
    ] as [(String, Int64)])
    func parsesExactAmounts(text: String, cents: Int64) throws {
        #expect(try Cents(parsing: text) == Cents(cents))
    }

    @Test(arguments: [
        ("1.234", .tooManyFractionDigits),
        ("1.2345", .tooManyFractionDigits),
        ("", .empty),
        ("abc", .unexpectedCharacter("a", offset: 0)),
        ("1.", .missingFractionDigits),
        (".5", .missingIntegerDigits),
        ("-.5", .missingIntegerDigits),
        ("-", .missingIntegerDigits),
        ("+-1", .unexpectedCharacter("+", offset: 0)),
        ("+1", .unexpectedCharacter("+", offset: 0)),
        ("--1", .unexpectedCharacter("-", offset: 1)),
        ("1e3", .unexpectedCharacter("e", offset: 1)),
        (" 1", .unexpectedCharacter(" ", offset: 0)),
        ("1 ", .unexpectedCharacter(" ", offset: 1)),
        ("1.2.3", .unexpectedCharacter(".", offset: 3)),
        ("1,00", .unexpectedCharacter(",", offset: 1)),
        ("1.x", .unexpectedCharacter("x", offset: 2)),
        ("1.23x", .unexpectedCharacter("x", offset: 4)),
        ("١", .unexpectedCharacter("١", offset: 0)),  // an Arabic-Indic digit is not ASCII
        ("3€", .unexpectedCharacter("€", offset: 1)),
        ("92233720368547758.08", .outOfRange),
        ("-92233720368547758.09", .outOfRange),
        ("92233720368547759", .outOfRange),
        ("99999999999999999999999", .outOfRange),
    ] as [(String, DecimalParseFailure)])
    func rejectsWithTheReason(text: String, reason: DecimalParseFailure) {
        #expect(throws: MoneyError.invalidDecimal(input: text, reason: reason)) {
            try Cents(parsing: text)
        }
    }

    @Test func errorMessageNamesTheInputAndTheProblem() {
        let error = MoneyError.invalidDecimal(input: "1.234", reason: .tooManyFractionDigits)
        #expect(error.description == "invalid decimal amount \"1.234\": more than two decimal places")
    }
}
