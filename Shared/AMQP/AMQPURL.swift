/// Where and as whom to connect: a parsed `amqp://user:password@host:port/vhost` URL.
///
/// Follows the RabbitMQ URI spec: user, password and vhost are percent-decoded, the port
/// defaults to 5672 and an empty path means the default vhost `/` (write `%2f` for `/` in a path).
///
/// ```swift
/// let url = try AMQPURL("amqp://market:secret@127.0.0.1:55672/market")
/// ```
///
/// `description` never shows the password, so a URL can be logged safely.
public struct AMQPURL: Sendable, Hashable, CustomStringConvertible {
    public var user: String
    public var password: String
    public var host: String
    public var port: Int
    public var vhost: String

    public static let defaultPort = 5672

    /// Parses `string`; throws ``AMQPError/invalidURL(_:)`` naming what is wrong.
    public init(_ string: String) throws(AMQPError) {
        guard let schemeEnd = string.firstRange(of: "://") else {
            throw .invalidURL("missing scheme, expected amqp://user:password@host:port/vhost")
        }
        let scheme = string[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "amqp" else {
            throw .invalidURL("unsupported scheme '\(scheme)', only amqp:// is supported")
        }
        var rest = string[schemeEnd.upperBound...]
        if rest.contains("?") || rest.contains("#") {
            throw .invalidURL("query parameters and fragments are not supported")
        }
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var hostPort = rest
        user = "guest"
        password = "guest"
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            hostPort = rest[rest.index(after: at)...]
            if let colon = userInfo.firstIndex(of: ":") {
                user = try Self.percentDecoded(userInfo[..<colon], what: "user")
                password = try Self.percentDecoded(userInfo[userInfo.index(after: colon)...], what: "password")
            } else {
                user = try Self.percentDecoded(userInfo, what: "user")
                password = ""
            }
        }
        (host, port) = try Self.hostAndPort(hostPort)
        if path.contains("/") {
            throw .invalidURL("vhost '\(path)' contains an unescaped '/', write it as %2f")
        }
        vhost = path.isEmpty ? "/" : try Self.percentDecoded(path, what: "vhost")
    }

    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "amqp://\(user)@\(shownHost):\(port)/\(vhost)"
    }

    private static func hostAndPort(_ text: Substring) throws(AMQPError) -> (String, Int) {
        var hostPart = text
        var portPart: Substring?
        if text.hasPrefix("[") {
            // IPv6 literal: [::1]:5672
            guard let close = text.firstIndex(of: "]") else { throw .invalidURL("unterminated IPv6 host '\(text)'") }
            hostPart = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw .invalidURL("unexpected '\(after)' after IPv6 host") }
                portPart = after.dropFirst()
            }
        } else if let colon = text.lastIndex(of: ":") {
            hostPart = text[..<colon]
            portPart = text[text.index(after: colon)...]
        }
        guard !hostPart.isEmpty else { throw .invalidURL("missing host") }
        let host = try percentDecoded(hostPart, what: "host")
        guard let portPart else { return (host, defaultPort) }
        guard portPart.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let port = Int(portPart),
            (1...65535).contains(port)
        else {
            throw .invalidURL("port '\(portPart)' is not a number in 1...65535")
        }
        return (host, port)
    }

    private static func percentDecoded(_ text: Substring, what: String) throws(AMQPError) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw .invalidURL("bad percent-escape in \(what)")
            }
            bytes.append(high << 4 | low)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw .invalidURL("\(what) is not valid UTF-8 after percent-decoding")
        }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
