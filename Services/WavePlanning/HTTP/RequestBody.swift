import Foundation
import Hummingbird
import ServiceKit

/// JSON request bodies: 413 for a body over ``limit``, every other failure a 400 problem naming what is wrong.
enum RequestBody {
    static let limit = 16 * 1024

    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            // NIO's too-many-bytes error is the only "too large"; say it as problem+json.
            throw ProblemDetails.tooLarge(limit: limit)
        } catch {
            // A body that broke off or failed in transit is a bad request, not an oversized one.
            throw ProblemDetails.badRequest("the request body could not be read completely")
        }
        do {
            return try JSONDecoder().decode(type, from: Data(buffer.readableBytesView))
        } catch DecodingError.keyNotFound(let key, _) {
            throw ProblemDetails.badRequest("the field \(key.stringValue) is required", field: key.stringValue)
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw ProblemDetails.badRequest("the field \(field) has the wrong type", field: field)
        } catch {
            throw ProblemDetails.badRequest("the body is not valid JSON for this endpoint")
        }
    }
}
