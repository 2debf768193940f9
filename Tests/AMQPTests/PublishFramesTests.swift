import CRabbitMQ
import Testing

@testable import AMQP

/// The frames `PublishFrames` writes, read back by hand as AMQP 0-9-1 defines them (no broker).
struct PublishFramesTests {
    struct Frame {
        let type: UInt8
        let channel: UInt16
        let payload: [UInt8]
    }

    /// Splits a byte stream into frames, checking every size field and end octet on the way.
    static func frames(_ bytes: [UInt8]) throws -> [Frame] {
        var frames: [Frame] = []
        var offset = 0
        while offset < bytes.count {
            try #require(bytes.count - offset >= 8)
            let size = bytes[(offset + 3)..<(offset + 7)].reduce(0) { $0 << 8 | Int($1) }
            try #require(offset + 7 + size < bytes.count)
            #expect(bytes[offset + 7 + size] == 0xCE)
            frames.append(
                Frame(
                    type: bytes[offset], channel: UInt16(bytes[offset + 1]) << 8 | UInt16(bytes[offset + 2]),
                    payload: Array(bytes[(offset + 7)..<(offset + 7 + size)])))
            offset += 8 + size
        }
        return frames
    }

    static func shortString(_ text: String) -> [UInt8] { [UInt8(text.utf8.count)] + Array(text.utf8) }

    @Test func aMessageIsMethodHeaderAndBodyFramesOnItsChannel() throws {
        var frames = PublishFrames()
        let message = OutgoingMessage(
            exchange: "market.events", routingKey: "brick.listed", body: Array("{\"a\":1}".utf8), messageId: "id-1",
            mandatory: true)
        try frames.append(message, channel: 3, frameMax: 131_072)
        let parsed = try Self.frames(frames.bytes)

        #expect(parsed.map(\.type) == [1, 2, 3])
        #expect(parsed.allSatisfy { $0.channel == 3 })
        // basic.publish (60, 40): ticket 0, exchange, routing key, then mandatory set and immediate clear.
        #expect(
            parsed[0].payload
                == [0, 60, 0, 40, 0, 0] + Self.shortString("market.events") + Self.shortString("brick.listed") + [1])
        // Content header: class 60, weight 0, the body size, then flags for content type, delivery mode and
        // message id, and those values in the order of their flag bits.
        let flags = UInt16(AMQP_BASIC_CONTENT_TYPE_FLAG | AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_MESSAGE_ID_FLAG)
        #expect(
            parsed[1].payload
                == [0, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, UInt8(flags >> 8), UInt8(flags & 0xFF)]
                + Self.shortString("application/cloudevents+json") + [2] + Self.shortString("id-1"))
        #expect(parsed[2].payload == message.body)
    }

    @Test func aBodyLongerThanAFrameIsSplitAndRunsFollowEachOther() throws {
        var frames = PublishFrames()
        let long = (0..<10_000).map { UInt8($0 % 251) }
        let headers = OutgoingMessage(
            exchange: "", routingKey: "q", body: [], headers: ["x-reason": "bad"], persistent: false)
        try frames.append(
            OutgoingMessage(exchange: "", routingKey: "q", body: long), channel: 1, frameMax: 4096)
        try frames.append(headers, channel: 1, frameMax: 4096)
        let parsed = try Self.frames(frames.bytes)

        // 10,000 bytes in frames of at most 4096 - 8; an empty body has no body frame at all.
        #expect(parsed.map(\.type) == [1, 2, 3, 3, 3, 1, 2])
        #expect(parsed[2...4].map(\.payload.count) == [4088, 4088, 1824])
        #expect(Array(parsed[2...4].map(\.payload).joined()) == long)
        // Body size 0; the headers table (one long-string entry) sits between the content type and the
        // delivery mode, which is 1, transient.
        let flags = UInt16(AMQP_BASIC_CONTENT_TYPE_FLAG | AMQP_BASIC_HEADERS_FLAG | AMQP_BASIC_DELIVERY_MODE_FLAG)
        let table = [0, 0, 0, 17] + Self.shortString("x-reason") + [UInt8(ascii: "S"), 0, 0, 0, 3] + Array("bad".utf8)
        #expect(
            parsed[6].payload
                == [0, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, UInt8(flags >> 8), UInt8(flags & 0xFF)]
                + Self.shortString("application/cloudevents+json") + table + [1])
    }

    @Test func propertiesLargerThanAFrameAreRefusedAndLeaveTheRunAsItWas() throws {
        var frames = PublishFrames()
        try frames.append(
            OutgoingMessage(exchange: "", routingKey: "q", body: [1]), channel: 1, frameMax: 4096)
        let before = frames.bytes
        let huge = OutgoingMessage(
            exchange: "", routingKey: "q", body: [1], headers: ["reason": String(repeating: "x", count: 5000)])
        #expect(throws: AMQPError.self) {
            try frames.append(huge, channel: 1, frameMax: 4096)
        }
        #expect(frames.bytes == before)
    }
}
