import Foundation
import Hummingbird
import Prometheus

/// The routes every service serves, plus room for its own API; every error answers problem+json
/// (``ProblemMiddleware``).
///
/// - `GET /health/live`: the process answers.
/// - `GET /health/ready`: 200 when every ``HealthCheck`` passes, 503 naming the failing ones.
/// - `GET /metrics`: the Prometheus text format of the process registry.
public enum ServiceRouter {
    public static func make(
        checks: [HealthCheck], registry: PrometheusCollectorRegistry,
        routes: (Router<ServiceRequestContext>) -> Void = { _ in }
    ) -> Router<ServiceRequestContext> {
        let router = Router(context: ServiceRequestContext.self)
        router.add(middleware: ProblemMiddleware())
        router.get("/health/live") { _, _ in ["status": "live"] }
        router.get("/health/ready") { _, _ -> Response in
            var failing: [String] = []
            for check in checks where await !check.probe() { failing.append(check.name) }
            let body = failing.isEmpty ? #"{"status":"ready"}"# : #"{"status":"unavailable","failing":[\#(failing.map { "\"\($0)\"" }.joined(separator: ","))]}"#
            return Response(
                status: failing.isEmpty ? .ok : .serviceUnavailable, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("/metrics") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        routes(router)
        return router
    }
}
