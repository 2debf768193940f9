import Auth
import Foundation
import Hummingbird
import HummingbirdWebSocket
import ServiceKit

/// `GET /api/bricks/{id}/live` upgraded to a WebSocket: the brick's state now, then after every change,
/// each as this caller may see it. The token comes in the `Authorization` header or, for browsers that
/// cannot set headers on a WebSocket, as `?access_token=`; no token means the logged-out view.
struct LiveRoutes: Sendable {
    let hub: BrickLiveHub
    let access: LiveAccess
    var reader: BrickStateReader { access.reader }

    func register(on router: Router<BasicWebSocketRequestContext>) {
        router.ws("/api/bricks/:id/live") { request, context in
            _ = try await access.subscription(request, context)
            return .upgrade([:])
        } onUpgrade: { inbound, outbound, context in
            let (brickId, viewer) = try await access.subscription(context.request, context.requestContext)
            let (id, messages) = await hub.subscribe(to: brickId, as: viewer)
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { for try await _ in inbound {} }  // ends when the client closes
                    group.addTask {
                        // A change committed just before the subscription can still be announced just after
                        // it; the subscriber already has that state, and hears again only of a different one.
                        var last: String?
                        if let first = try await reader.responses(brickId: brickId, for: [viewer])?.first {
                            let text = try BrickLiveMessage(first).text()
                            try await outbound.write(.text(text))
                            last = text
                        }
                        for await message in messages where message != last {
                            try await outbound.write(.text(message))
                            last = message
                        }
                    }
                    try await group.next()
                    group.cancelAll()
                }
            } catch {
                context.logger.debug("live subscriber gone", metadata: ["error": "\(error)"])
            }
            await hub.unsubscribe(id, from: brickId)
        }
    }
}

/// Who may subscribe to what, for the upgrade and for the plain HTTP route alike.
struct LiveAccess: Sendable {
    let reader: BrickStateReader
    let tokens: BearerTokens

    /// The checks an upgrade must pass: a UUID of a listed brick, and a valid token or none. A request
    /// that fails them is not upgraded and reaches the HTTP route, which answers with the same problem.
    func subscription(_ request: Request, _ context: some RequestContext) async throws -> (UUID, BearerClaims?) {
        let brickId = try BrickRoutes.brickId(context)
        let viewer = try await tokens.caller(authorization: Self.authorization(of: request))
        guard try await reader.responses(brickId: brickId, for: []) != nil else { throw BrickRoutes.notListed(brickId) }
        return (brickId, viewer)
    }

    static func authorization(of request: Request) -> String? {
        request.headers[.authorization] ?? request.uri.queryParameters["access_token"].map { "Bearer \($0)" }
    }
}
