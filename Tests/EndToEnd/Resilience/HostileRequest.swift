import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One request a hostile or broken client sends, and the status class it must get: a 4xx answered
/// as `application/problem+json`, never a 5xx or a success.
struct HostileRequest: Sendable, CustomStringConvertible {
    let label: String
    let service: MarketService
    let method: String
    /// Sent as is (already percent-encoded where the attack needs it).
    let path: String
    var token: String?
    var body: [UInt8]?
    var contentType = "application/json"
    /// The exact status when it matters (401 for a bad token, 413 for a huge body); any 4xx otherwise.
    var status: Int?

    var description: String { "\(label): \(method) \(service.rawValue)\(path.prefix(120))" }

    /// What the service answered.
    struct Answer: Sendable {
        let status: Int
        let contentType: String
        let body: String
    }

    func send(to base: String) async throws -> Answer {
        guard let url = URL(string: base + path) else { throw HarnessError.badURL(base + path) }
        var request = URLRequest(url: url, timeoutInterval: 30)
        request.httpMethod = method
        if let body {
            request.httpBody = Data(body)
            request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return Answer(
            status: http?.statusCode ?? 0, contentType: http?.value(forHTTPHeaderField: "Content-Type") ?? "",
            body: String(decoding: data.prefix(300), as: UTF8.self))
    }

    /// Why `answer` is wrong for this request, nil when it is right.
    func problem(with answer: Answer) -> String? {
        if let status, answer.status != status { return "\(self) answered \(answer.status), not \(status): \(answer.body)" }
        guard (400..<500).contains(answer.status) else { return "\(self) answered \(answer.status): \(answer.body)" }
        guard answer.contentType.hasPrefix("application/problem+json") else {
            return "\(self) answered \(answer.status) as \"\(answer.contentType)\", not problem+json: \(answer.body)"
        }
        return nil
    }
}
