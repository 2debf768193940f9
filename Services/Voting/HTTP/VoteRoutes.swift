import Auth
import Foundation
import Hummingbird
import Postgres
import ServiceKit
import VotingDomain

/// Voting's HTTP API (§2.1, Appendix C, §24): intake of vote intents and the caller's own view
/// of a brick. Intake has no business logic: it authenticates, validates the body, refuses a
/// caller whose rate-limit bucket is already empty (P-27: 429 with `Retry-After`), and inserts the intent.
struct VoteRoutes: Sendable {
    let store: VotingStore
    let pool: PostgresPool
    let config: VotingConfig
    let tokens: BearerTokens
    let intake: IntakeSettings
    /// The intake time and the rate-limit clock; injected so tests can move it.
    var clock: @Sendable () -> Date = { Date() }

    func register(on router: Router<ServiceRequestContext>) {
        router.post("/api/vote_intents") { request, context -> EditedResponse<IntentAccepted> in
            let claims = try await tokens.user(authorization: request.headers[.authorization])
            let body = try await collectBody(request)
            let accepted = try await submit(
                try VoteIntentRequest(json: body), userId: try userId(claims),
                fingerprint: ClientFingerprint(
                    headers: request.headers, peerAddress: context.peerAddress, trustForwardedFor: intake.trustForwardedFor,
                    salt: intake.ipHashSalt),
                now: clock())
            return EditedResponse(status: .accepted, response: accepted)
        }
        router.get("/api/me/bricks/:brickId") { request, context -> MyBrickResponse in
            let claims = try await tokens.user(authorization: request.headers[.authorization])
            return try await myBrick(brickId: try brickId(context), userId: try userId(claims), now: clock())
        }
    }

    /// Inserts the intent unless the caller's user or ip bucket has no token left right now; then the
    /// 429 says in `Retry-After` when both buckets will hold one again.
    func submit(_ body: VoteIntentRequest, userId: UUID, fingerprint: ClientFingerprint, now: Date) async throws -> IntentAccepted {
        let submittedAt = now.votingPrecision
        let intent = VoteIntent(
            intentId: .random(), userId: userId, brickId: body.brickId, voteType: body.voteType, submittedAt: submittedAt,
            ipHash: fingerprint.ipHash, userAgent: fingerprint.userAgent, sessionId: fingerprint.sessionId)
        let store = store
        let config = config
        // Seconds until both buckets hold a token; 0 once the intent is stored. No bucket row yet means full.
        let wait = try await pool.withConnection { connection -> Int64 in
            let rows = try connection.pipeline([store.user(userId), store.ipBucket(fingerprint.ipHash)])
            let user = try store.decodeUsers(rows[0])[userId]?.rateBucket
            let ip = try store.decodeIPBuckets(rows[1])[fingerprint.ipHash]
            let wait = max(
                user?.secondsUntilToken(at: submittedAt, limit: config.userRateLimit) ?? 0,
                ip?.secondsUntilToken(at: submittedAt, limit: config.ipRateLimit) ?? 0)
            if wait > 0 { return wait }
            try connection.query(store.insertIntents([StoredIntent(intent: intent)]))
            return 0
        }
        guard wait == 0 else {
            throw ProblemDetails.tooManyRequests("too many vote intents; retry in \(wait) s", retryAfterSeconds: wait)
        }
        return IntentAccepted(status: "ACCEPTED", intentId: intent.intentId.lowercaseText)
    }

    /// §24: credits left, voted this cycle, XP total — nothing else.
    func myBrick(brickId: UUID, userId: UUID, now: Date) async throws -> MyBrickResponse {
        let store = store
        let config = config
        let view = try await pool.withConnection { connection -> MyBrickView? in
            let rows = try connection.pipeline([
                store.brick(brickId), store.user(userId), store.credits([CreditKey(userId: userId, brickId: brickId)]),
            ])
            guard let brick = try store.decodeBricks(rows[0])[brickId] else { return nil }
            return MyBrickView(
                brick: brick, voter: try store.decodeUsers(rows[1])[userId], credits: try store.decodeCredits(rows[2]).values.first,
                config: config, now: now)
        }
        guard let view else { throw ProblemDetails.notFound("brick \(brickId.lowercaseText) is not listed") }
        return MyBrickResponse(view)
    }

    private func collectBody(_ request: Request) async throws -> Data {
        do {
            return Data(buffer: try await request.body.collect(upTo: intake.maxBodyBytes))
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            // NIO's too-many-bytes error answers 413 without a body; say it as problem+json.
            throw ProblemDetails.tooLarge(limit: intake.maxBodyBytes)
        }
    }

    private func userId(_ claims: BearerClaims) throws -> UUID {
        guard let userId = claims.userId else { throw ProblemDetails.unauthorized("the token's subject is not a user id") }
        return userId
    }

    private func brickId(_ context: some RequestContext) throws -> UUID {
        let text = context.parameters.get("brickId") ?? ""
        guard let id = UUID(uuidString: text) else {
            throw ProblemDetails.badRequest("brick id \(text.debugDescription) is not a UUID", field: "brickId")
        }
        return id
    }
}

/// Intake limits and how the client address is found and hashed, from configuration.
struct IntakeSettings: Sendable {
    var ipHashSalt: String
    var maxBodyBytes: Int
    /// Behind a proxy: the client address is the last `X-Forwarded-For` hop, not the socket's peer.
    var trustForwardedFor = false
}
