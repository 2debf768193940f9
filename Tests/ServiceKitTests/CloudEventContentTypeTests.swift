import Testing

@testable import ServiceKit

@Suite struct CloudEventContentTypeTests {
    @Test(arguments: [
        "application/cloudevents+json", "Application/CloudEvents+JSON", "application/cloudevents+json; charset=utf-8",
        " application/cloudevents+json ;charset=UTF-8",
    ])
    func structuredModeIsRecognisedInAnySpelling(_ contentType: String) {
        #expect(CloudEventContentType.isStructured(contentType))
    }

    @Test(arguments: [
        "application/json", "application/cloudevents-batch+json", "text/plain; application/cloudevents+json", "",
        "application/cloudevents+jsonx",
    ])
    func otherMediaTypesAreNot(_ contentType: String) {
        #expect(!CloudEventContentType.isStructured(contentType))
    }
}
