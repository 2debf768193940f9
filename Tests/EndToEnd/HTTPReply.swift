import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An HTTP answer as a client of the services sees it: the status and the body.
struct HTTPReply: Sendable {
    let status: Int
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as `T`; a failure names the status and the body.
    func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch {
            throw UnexpectedBody(status: status, body: text, expected: "\(T.self)", error: "\(error)")
        }
    }

    static func get(_ url: String, headers: [String: String] = [:]) async throws -> HTTPReply {
        try await send("GET", url, body: nil, headers: headers)
    }

    static func post(_ url: String, json: String, headers: [String: String] = [:]) async throws -> HTTPReply {
        try await send("POST", url, body: Data(json.utf8), headers: headers.merging(["Content-Type": "application/json"]) { a, _ in a })
    }

    private static func send(_ method: String, _ url: String, body: Data?, headers: [String: String]) async throws -> HTTPReply {
        guard let target = URL(string: url) else { throw HarnessError.badURL(url) }
        var request = URLRequest(url: target, timeoutInterval: 30)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return HTTPReply(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: data)
    }
}

/// An answer whose body is not what the story expected.
struct UnexpectedBody: Error, CustomStringConvertible {
    let status: Int
    let body: String
    let expected: String
    let error: String

    var description: String { "HTTP \(status) body is not a \(expected) (\(error)): \(body.prefix(500))" }
}
