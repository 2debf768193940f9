import Foundation
import Hummingbird
import HummingbirdTesting
import Prometheus
import ServiceKit
import Testing

/// Every failed request answers problem+json, whatever threw it.
@Suite struct ProblemMiddlewareTests {
    struct Unexpected: Error {}

    /// The service router with three routes that fail in the three ways a route can.
    func withRouter(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = ServiceRouter.make(checks: [], registry: PrometheusCollectorRegistry()) { router in
            router.get("/problem") { _, _ -> String in throw ProblemDetails.badRequest("no such thing", field: "thing") }
            router.get("/framework") { _, _ -> String in throw HTTPError(.contentTooLarge) }
            router.get("/unexpected") { _, _ -> String in throw Unexpected() }
        }
        try await Application(router: router).test(.router) { client in try await body(client) }
    }

    func get(_ client: some TestClientProtocol, _ path: String) async throws -> (HTTPResponse.Status, String?, ProblemDetails?) {
        try await client.execute(uri: path, method: .get) { response in
            (response.status, response.headers[.contentType],
             try? JSONDecoder().decode(ProblemDetails.self, from: Data(buffer: response.body)))
        }
    }

    @Test("a route's own problem passes unchanged")
    func routeProblem() async throws {
        try await withRouter { client in
            let (status, type, problem) = try await get(client, "/problem")
            #expect(status == .badRequest)
            #expect(type == "application/problem+json")
            #expect(problem == .badRequest("no such thing", field: "thing"))
        }
    }

    @Test("an unknown path answers 404 problem+json naming the path")
    func unknownPath() async throws {
        try await withRouter { client in
            let (status, type, problem) = try await get(client, "/api/../../etc/passwd")
            #expect(status == .notFound)
            #expect(type == "application/problem+json")
            #expect(problem?.statusCode == 404)
            #expect(problem?.detail.contains("no route answers GET") == true)
        }
    }

    @Test("a framework error keeps its status and gets a problem body")
    func frameworkError() async throws {
        try await withRouter { client in
            let (status, type, problem) = try await get(client, "/framework")
            #expect(status == .contentTooLarge)
            #expect(type == "application/problem+json")
            #expect(problem?.statusCode == 413)
        }
    }

    @Test("an unexpected error answers 500 problem+json without its internals")
    func unexpectedError() async throws {
        try await withRouter { client in
            let (status, type, problem) = try await get(client, "/unexpected")
            #expect(status == .internalServerError)
            #expect(type == "application/problem+json")
            #expect(problem?.statusCode == 500)
            #expect(problem?.detail.contains("Unexpected") == false)
        }
    }
}
