import Foundation
import Hummingbird

/// An RFC 9457 problem (`application/problem+json`): how every HTTP API of the project says "no".
///
/// Throw it from a route; Hummingbird turns it into the response. `field` names the offending input
/// so a client can point at it.
public struct ProblemDetails: HTTPResponseError, Sendable, Codable, Equatable {
    public var type: String
    public var title: String
    public var statusCode: Int
    public var detail: String
    public var field: String?
    /// Response headers besides the content type (e.g. `Retry-After` on a 429); never in the body.
    public var extraHeaders: HTTPFields = [:]

    enum CodingKeys: String, CodingKey {
        case type, title, statusCode = "status", detail, field
    }

    public init(_ status: HTTPResponse.Status, title: String? = nil, detail: String, field: String? = nil) {
        self.type = "about:blank"
        self.statusCode = status.code
        self.title = title ?? status.reasonPhrase
        self.detail = detail
        self.field = field
    }

    public var status: HTTPResponse.Status { HTTPResponse.Status(code: statusCode) }
    public var headers: HTTPFields {
        var headers = extraHeaders
        headers[.contentType] = "application/problem+json"
        return headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(self)
        return Response(
            status: status, headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

extension ProblemDetails {
    public static func badRequest(_ detail: String, field: String? = nil) -> ProblemDetails {
        ProblemDetails(.badRequest, detail: detail, field: field)
    }
    public static func unauthorized(_ detail: String) -> ProblemDetails { ProblemDetails(.unauthorized, detail: detail) }
    public static func forbidden(_ detail: String) -> ProblemDetails { ProblemDetails(.forbidden, detail: detail) }
    public static func notFound(_ detail: String) -> ProblemDetails { ProblemDetails(.notFound, detail: detail) }
    public static func tooLarge(limit: Int) -> ProblemDetails {
        ProblemDetails(.contentTooLarge, detail: "the request body exceeds \(limit) bytes")
    }
    /// A 429 whose `Retry-After` header tells the client how many whole seconds to wait (RFC 9110 §10.2.3).
    public static func tooManyRequests(_ detail: String, retryAfterSeconds: Int64) -> ProblemDetails {
        var problem = ProblemDetails(.tooManyRequests, detail: detail)
        problem.extraHeaders[.retryAfter] = String(retryAfterSeconds)
        return problem
    }
}
