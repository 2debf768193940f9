import Foundation
import Testing
@testable import EventContracts

/// Bad documents are rejected with a violation that names the field.
struct RejectionTests {
    static let brick = "4f1c8e2a-9b3d-4c5e-8f7a-1b2c3d4e5f60"
    static let user = "0b8e6a51-2c3d-4e5f-9a1b-7c8d9e0f1a2b"
    static let intent = "c3d4e5f6-a7b8-4c9d-8e0f-112233445566"

    /// A structured-mode event whose attributes can be overridden one at a time.
    static func document(
        type: String, subject: String, data: String, specversion: String = "\"1.0\"",
        id: String = "\"7d9b2a8e-5c1f-4f0e-9a57-2f7b0c3e6d11\"", time: String = "\"2026-11-23T10:15:02.123Z\""
    ) -> String {
        """
        {"specversion":\(specversion),"id":\(id),"source":"urn:market:tests","type":"\(type)",\
        "time":\(time),"subject":"\(subject)","data":\(data)}
        """
    }

    static func intentData(voteType: String = "\"OVER\"") -> String {
        """
        {"intentId":"\(intent)","userId":"\(user)","brickId":"\(brick)","voteType":\(voteType),\
        "submittedAt":"2026-11-23T10:15:01.870Z","ipHash":"9f2c"}
        """
    }

    static func batchData(quantities: [String]) -> String {
        let items = quantities.enumerated().map { index, quantity in
            """
            {"idempotencyKey":"w:h:p\(index)","productId":"p\(index)","quantity":\(quantity),"unitPriceCents":100,\
            "plannedSpendCents":500,"buyerId":"sim_\(index)"}
            """
        }
        return "{\"waveId\":\"w1\",\"pass\":1,\"batchId\":\"b1\",\"companyId\":\"c1\",\"items\":[\(items.joined(separator: ","))]}"
    }

    static func stockData(_ stock: String?) -> String {
        let stockMember = stock.map { "\"stockAvailable\":\($0)," } ?? ""
        return "{\"productId\":\"p1\",\"version\":2,\(stockMember)\"totalSold\":5}"
    }

    static let intentDocument = document(type: "vote.intent.submitted", subject: "brick/\(brick)", data: intentData())

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let json: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "missing required field",
             json: document(type: "vote.rejected", subject: "brick/\(brick)",
                            data: "{\"intentId\":\"\(intent)\",\"userId\":\"\(user)\",\"reason\":\"BANNED\"}"),
             expected: "data.brickId: missing required field"),
        Case(name: "wrong type in a nested array element",
             json: document(type: "purchase.batch.requested", subject: "wave/w1", data: batchData(quantities: ["1", "2", "\"3\""])),
             expected: "data.items[2].quantity: expected integer, found string"),
        Case(name: "fraction in an integer field",
             json: document(type: "purchase.batch.requested", subject: "wave/w1", data: batchData(quantities: ["2.5"])),
             expected: "data.items[0].quantity: expected integer, found number 2.5"),
        Case(name: "unknown enum value",
             json: document(type: "vote.intent.submitted", subject: "brick/\(brick)", data: intentData(voteType: "\"SIDEWAYS\"")),
             expected: "data.voteType: unknown value \"SIDEWAYS\" (expected UNDER, FAIR, OVER)"),
        Case(name: "null for a required string",
             json: document(type: "brick.recheck.requested", subject: "brick/\(brick)", data: "{\"brickId\":null,\"reason\":\"x\"}"),
             expected: "data.brickId: expected string, found null"),
        Case(name: "required nullable field absent",
             json: document(type: "product.stock.changed", subject: "product/p1", data: stockData(nil)),
             expected: "data.stockAvailable: missing required field"),
        Case(name: "bad specversion",
             json: document(type: "vote.intent.submitted", subject: "brick/\(brick)", data: intentData(), specversion: "\"0.3\""),
             expected: "specversion: expected \"1.0\", found \"0.3\""),
        Case(name: "specversion of the wrong JSON type (1.0 is an integer, as in JSON Schema)",
             json: document(type: "vote.intent.submitted", subject: "brick/\(brick)", data: intentData(), specversion: "1.0"),
             expected: "specversion: expected string, found integer"),
        Case(name: "uppercase id",
             json: document(type: "vote.intent.submitted", subject: "brick/\(brick)", data: intentData(),
                            id: "\"7D9B2A8E-5C1F-4F0E-9A57-2F7B0C3E6D11\""),
             expected: "id: expected a lowercase UUID, found \"7D9B2A8E-5C1F-4F0E-9A57-2F7B0C3E6D11\""),
        Case(name: "id that is not a UUID",
             json: document(type: "vote.intent.submitted", subject: "brick/\(brick)", data: intentData(), id: "\"evt-1\""),
             expected: "id: expected a lowercase UUID, found \"evt-1\""),
        Case(name: "time without the T separator",
             json: document(type: "vote.intent.submitted", subject: "brick/\(brick)", data: intentData(),
                            time: "\"2026-11-23 10:15:02.123Z\""),
             expected: "time: expected an RFC 3339 timestamp like 2026-11-23T10:15:02.123Z, found \"2026-11-23 10:15:02.123Z\""),
        Case(name: "time on a day that does not exist",
             json: document(type: "vote.intent.submitted", subject: "brick/\(brick)", data: intentData(),
                            time: "\"2026-02-30T10:15:02.123Z\""),
             expected: "time: expected an RFC 3339 timestamp like 2026-11-23T10:15:02.123Z, found \"2026-02-30T10:15:02.123Z\""),
        Case(name: "malformed time inside data",
             json: document(type: "selection.period.closed", subject: "period/p1",
                            data: "{\"periodId\":\"p1\",\"closedAt\":\"yesterday\"}"),
             expected: "data.closedAt: expected an RFC 3339 timestamp like 2026-11-23T10:15:02.123Z, found \"yesterday\""),
        Case(name: "malformed JSON", json: "{\"specversion\":\"1.0\",", expected: "envelope: malformed JSON"),
        Case(name: "document that is not an object", json: "[1,2]", expected: "envelope: expected object, found array"),
        Case(name: "data missing",
             json: "{\"specversion\":\"1.0\",\"id\":\"7d9b2a8e-5c1f-4f0e-9a57-2f7b0c3e6d11\",\"source\":\"s\",\"type\":\"t\",\"time\":\"2026-11-23T10:15:02Z\",\"subject\":\"x/1\"}",
             expected: "data: missing required field"),
        Case(name: "data that is not an object",
             json: document(type: "topic.created", subject: "topic/t1", data: "[\"t1\"]"),
             expected: "data: expected object, found array"),
        Case(name: "subject that disagrees with data",
             json: document(type: "vote.intent.submitted", subject: "brick/someone-else", data: intentData()),
             expected: "subject: expected \"brick/\(brick)\" (from data), found \"brick/someone-else\""),
        Case(name: "ratio out of range",
             json: document(type: "company.refunds.reported", subject: "company/c1",
                            data: "{\"companyId\":\"c1\",\"windowDays\":30,\"refundRate\":1.5}"),
             expected: "data.refundRate: 1.5 is outside 0.0…1.0"),
        Case(name: "day key that is not a date",
             json: document(type: "warehouse.day.tick", subject: "warehouse/w1",
                            data: "{\"companyId\":\"c1\",\"warehouseBuildingId\":\"w1\",\"dayKey\":\"2026-02-30\"}"),
             expected: "data.dayKey: \"2026-02-30\" is not a calendar date"),
        Case(name: "batch total that differs from its items",
             json: document(type: "purchase.batch.executed", subject: "wave/w1", data: """
                {"waveId":"w1","pass":1,"batchId":"b1","spentCents":999,"items":[{"idempotencyKey":"k","productId":"p1",\
                "status":"FILLED","quantity":2,"unitPriceCents":100,"spentCents":200}]}
                """),
             expected: "data.spentCents: 999 differs from the items' total 200"),
        Case(name: "the same topic twice in one ranking batch",
             json: document(type: "rankings.batch.updated", subject: "student/s1", data: """
                {"studentId":"s1","periodId":"p1","sessionId":"web","updates":[{"topicId":"t1","position":1},\
                {"topicId":"t1","position":2}]}
                """),
             expected: "data.updates[1].topicId: duplicates an earlier element"),
        Case(name: "identifier with whitespace",
             json: document(type: "student.registered", subject: "student/s 1", data: "{\"studentId\":\"s 1\"}"),
             expected: "data.studentId: contains whitespace or control characters: \"s 1\""),
    ]

    @Test("a bad document is rejected naming the field", arguments: cases)
    func rejects(_ testCase: Case) {
        #expect(throws: Self.violation(testCase.expected)) {
            let envelope = try EventEnvelope(decoding: Data(testCase.json.utf8))
            _ = try EventRegistry.v1.decodePayload(envelope)
        }
    }

    @Test("the base intent document itself is valid, so each case fails for its own reason")
    func baseDocumentIsValid() throws {
        let payload = try EventRegistry.v1.decodePayload(EventEnvelope(decoding: Data(Self.intentDocument.utf8)))
        #expect((payload as? VoteIntentSubmitted)?.voteType == .over)
    }

    @Test("an oversized envelope is rejected before parsing")
    func oversizeRejected() {
        var bytes = Data(Self.intentDocument.utf8)
        bytes.append(Data(repeating: UInt8(ascii: " "), count: 300_000 - bytes.count))
        #expect(throws: Self.violation("envelope: 300000 bytes exceeds the 262144-byte limit")) {
            try EventEnvelope(decoding: bytes)
        }
        // Not parsed: an oversized non-JSON body gets the same size error, not a JSON one.
        #expect(throws: Self.violation("envelope: 262145 bytes exceeds the 262144-byte limit")) {
            try EventEnvelope(decoding: Data(repeating: UInt8(ascii: "x"), count: 262_145))
        }
    }

    @Test("the size limit is configurable")
    func sizeLimitConfigurable() throws {
        let bytes = Data(Self.intentDocument.utf8)
        #expect(throws: Self.violation("envelope: \(bytes.count) bytes exceeds the 100-byte limit")) {
            try EventEnvelope(decoding: bytes, sizeLimit: 100)
        }
        let envelope = try EventEnvelope(decoding: bytes, sizeLimit: bytes.count)
        #expect(envelope.type == "vote.intent.submitted")
    }

    @Test("null is accepted for a required nullable field and means unlimited")
    func explicitNullAccepted() throws {
        let json = Self.document(type: "product.stock.changed", subject: "product/p1", data: Self.stockData("null"))
        let event = try EventEnvelope(decoding: Data(json.utf8)).decode(as: ProductStockChanged.self)
        #expect(event.data.stockAvailable == nil)
        let limited = Self.document(type: "product.stock.changed", subject: "product/p1", data: Self.stockData("7"))
        #expect(try EventEnvelope(decoding: Data(limited.utf8)).decode(as: ProductStockChanged.self).data.stockAvailable == 7)
    }

    @Test("decoding as the wrong payload type names the type attribute")
    func wrongTypedDecode() throws {
        let envelope = try EventEnvelope(decoding: Data(Self.intentDocument.utf8))
        #expect(throws: Self.violation("type: expected \"vote.recorded\", found \"vote.intent.submitted\"")) {
            try envelope.decode(as: VoteRecorded.self)
        }
    }

    @Test("added fields are accepted in the envelope and in data")
    func extraFieldsAccepted() throws {
        let json = Self.intentDocument
            .replacingOccurrences(of: "\"ipHash\":\"9f2c\"", with: "\"ipHash\":\"9f2c\",\"newField\":{\"a\":[1]}")
            .replacingOccurrences(of: "\"source\":", with: "\"partitionkey\":\"b\",\"source\":")
        #expect(json != Self.intentDocument)
        let envelope = try EventEnvelope(decoding: Data(json.utf8))
        #expect(try envelope.decode(as: VoteIntentSubmitted.self).data.ipHash == "9f2c")
    }

    static func violation(_ description: String) -> ContractViolation {
        let separator = description.range(of: ": ")
        return ContractViolation(
            field: separator.map { String(description[..<$0.lowerBound]) } ?? description,
            reason: separator.map { String(description[$0.upperBound...]) } ?? "")
    }
}
