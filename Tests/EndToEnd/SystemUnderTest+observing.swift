import Auth
import EventContracts
import Foundation
import TestSupport

extension SystemUnderTest {
    /// Waits (polling the sink) until the events of type `P` about `subject` satisfy `enough`, or
    /// `timeout` passes; returns what arrived either way, so the story's `#expect` says what was wrong.
    func awaitEvents<P: EventPayload>(
        _ type: P.Type, subject: String? = nil, timeout: Duration = .seconds(90),
        until enough: @escaping ([CloudEvent<P>]) -> Bool
    ) async throws -> [CloudEvent<P>] {
        _ = try await eventually(timeout: timeout) { enough(sink.events(P.self, subject: subject)) }
        return sink.events(P.self, subject: subject)
    }

    /// Polls `condition` until it holds or `timeout` passes; whether it held.
    func eventually(timeout: Duration = .seconds(90), _ condition: () async throws -> Bool) async throws -> Bool {
        try await TestSupport.eventually(timeout: timeout, condition)
    }

    /// `GET base + path` on one replica of `service`, with a bearer token when given.
    func get(_ service: MarketService, _ path: String, token: String? = nil, replica: Int = 0) async throws -> HTTPReply {
        try await HTTPReply.get(try base(service, replica: replica) + path, headers: token.map { ["Authorization": "Bearer \($0)"] } ?? [:])
    }

    /// `POST base + path` with a JSON body.
    func post(
        _ service: MarketService, _ path: String, json: String, token: String? = nil, headers: [String: String] = [:],
        replica: Int = 0
    ) async throws -> HTTPReply {
        var all = headers
        if let token { all["Authorization"] = "Bearer \(token)" }
        return try await HTTPReply.post(try base(service, replica: replica) + path, json: json, headers: all)
    }

    private func base(_ service: MarketService, replica: Int) throws -> String {
        let urls = baseURLs(service)
        guard !urls.isEmpty else { throw HarnessError.missingVariable(service.externalURLVariable) }
        return urls[replica % urls.count]
    }

    /// A bearer token as the auth system issues it, signed with the deployment's secret and audience
    /// (``BearerTokens/deployment()``).
    func token(for user: UUID, emailVerified: Bool = true, admin: Bool = false) async throws -> String {
        try await BearerTokens.deployment().sign(
            BearerClaims(
                subject: user.uuidString.lowercased(), expires: Date().addingTimeInterval(3_600), emailVerified: emailVerified,
                admin: admin ? true : nil))
    }
}
