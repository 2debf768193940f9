import Hummingbird
import Logging

/// Makes every failed request answer `application/problem+json`, whatever threw.
///
/// Routes throw ``ProblemDetails`` for the answers they mean; this middleware covers the rest so a client
/// never has to parse a second error format: Hummingbird's own errors (no such route, a body over the
/// server's limit) keep their status and get a problem body, and anything else is logged with the request
/// and answered 500 without internals (the log has them).
///
/// It must be the router's first middleware: Hummingbird builds each route's responder when the route is
/// added, so only middleware added before the routes wraps them.
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as ProblemDetails {
            throw problem
        } catch let error as HTTPError {
            throw ProblemDetails(error.status, detail: error.body ?? Self.detail(for: error.status, request))
        } catch let error as HTTPResponseError {
            throw ProblemDetails(error.status, detail: Self.detail(for: error.status, request))
        } catch {
            context.logger.error(
                "request failed", metadata: ["method": "\(request.method)", "path": "\(request.uri.path)", "error": "\(error)"])
            throw ProblemDetails(.internalServerError, detail: "the request could not be completed; the service log has the cause")
        }
    }

    private static func detail(for status: HTTPResponse.Status, _ request: Request) -> String {
        switch status {
        case .notFound: "no route answers \(request.method) \(request.uri.path)"
        case .contentTooLarge: "the request body is larger than this service accepts"
        default: status.reasonPhrase
        }
    }
}
