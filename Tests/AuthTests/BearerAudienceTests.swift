import Auth
import Foundation
import JWTKit
import ServiceKit
import Testing

/// The audience rule of RFC 7519 §4.1.3 as ``BearerTokens`` applies it: a token that names its
/// audiences must name ours; a token that names none is accepted.
struct BearerAudienceTests {
    static let secret = "audience-tests-secret-0123456789-abcdef"
    static let hour = Date().addingTimeInterval(3_600)

    static func claims(audience: AudienceClaim? = nil) -> BearerClaims {
        BearerClaims(subject: UUID().uuidString, expires: hour, audience: audience, emailVerified: true)
    }

    @Test("a token whose aud names only another service is a 401 that says it is not meant for us")
    func foreignAudience() async throws {
        let ours = try await BearerTokens(secret: Self.secret)
        let token = try await ours.sign(Self.claims(audience: "some-other-service"))
        let problem = await #expect(throws: ProblemDetails.self) { try await ours.claims(of: token) }
        #expect(problem?.statusCode == 401)
        #expect(problem?.detail.contains("not meant for this service") == true)
        await #expect(throws: ProblemDetails.self) { try await ours.user(authorization: "Bearer \(token)") }
    }

    @Test("a token whose aud list includes ours among others is accepted")
    func audienceListWithOurs() async throws {
        let ours = try await BearerTokens(secret: Self.secret)
        let sent = Self.claims(audience: AudienceClaim(value: ["billing", BearerTokens.defaultAudience, "search"]))
        let received = try await ours.claims(of: try await ours.sign(sent))
        #expect(received.sub == sent.sub)
        #expect(received.aud == sent.aud)
    }

    @Test("a token without aud (from an auth system that omits it) is accepted")
    func noAudience() async throws {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: Self.secret), digestAlgorithm: .sha256)
        let token = try await keys.sign(Self.claims())
        let payload = try #require(Data(base64URL: String(token.split(separator: ".")[1])))
        #expect(!String(decoding: payload, as: UTF8.self).contains("\"aud\""))
        let received = try await BearerTokens(secret: Self.secret).claims(of: token)
        #expect(received.aud == nil)
    }

    @Test("sign stamps the configured audience on claims without one and keeps an explicit one")
    func signStampsAudience() async throws {
        let voting = try await BearerTokens(secret: Self.secret, audience: "voting-api")
        let market = try await BearerTokens(secret: Self.secret)
        let stamped = try await voting.sign(Self.claims())
        #expect(try await voting.claims(of: stamped).aud == AudienceClaim(value: ["voting-api"]))
        await #expect(throws: ProblemDetails.self) { try await market.claims(of: stamped) }
        let explicit = try await voting.sign(Self.claims(audience: AudienceClaim(value: [BearerTokens.defaultAudience])))
        #expect(try await market.claims(of: explicit).aud == AudienceClaim(value: [BearerTokens.defaultAudience]))
    }

    @Test("a wrong-audience token signed with another secret still reads as invalid, not as foreign")
    func forgedBeforeAudience() async throws {
        let attacker = try await BearerTokens(secret: "an-attacker-guessed-this-secret-0123456789")
        let token = try await attacker.sign(Self.claims(audience: "some-other-service"))
        let problem = await #expect(throws: ProblemDetails.self) {
            try await BearerTokens(secret: Self.secret).claims(of: token)
        }
        #expect(problem?.detail == "the bearer token is invalid or expired")
    }
}

extension Data {
    /// Decodes base64url without padding, as JWT segments are written.
    init?(base64URL text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        self.init(base64Encoded: base64)
    }
}
