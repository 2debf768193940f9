import Testing

@testable import ServiceKit

@Suite struct LoggingTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", "\"\""),
        ("two words", "\"two words\""),
        ("a=b", "\"a=b\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("line\nbreak", "\"line\\nbreak\""),
    ])
    func logfmtQuotesOnlyWhatWouldBreakTheLine(value: String, expected: String) {
        #expect(LogfmtLogHandler.quoted(value) == expected)
    }

    @Test func backoffDoublesUpToItsCap() {
        var backoff = Backoff(base: .milliseconds(100), cap: .seconds(1))
        let steps = (0..<6).map { _ in backoff.next() }
        #expect(
            steps == [
                .milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800), .seconds(1), .seconds(1),
            ])
        backoff.reset()
        #expect(backoff.next() == .milliseconds(100))
    }
}
