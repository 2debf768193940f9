import Hummingbird
import Testing

@testable import voting

/// Which address `ip_hash` hashes: the socket's peer, unless the service is configured to run behind a proxy.
struct ClientFingerprintTests {
    static let forwarded: HTTPFields = {
        var headers: HTTPFields = [.userAgent: "agent"]
        if let name = HTTPFields.Element.Name("X-Forwarded-For") { headers[name] = "198.51.100.7, 203.0.113.9" }
        return headers
    }()

    func hash(_ headers: HTTPFields, peer: String?, trust: Bool) -> String {
        ClientFingerprint(headers: headers, peerAddress: peer, trustForwardedFor: trust, salt: "salt").ipHash
    }

    @Test func directlyReachableTheHeaderIsIgnoredAndThePeerIsHashed() {
        #expect(hash(Self.forwarded, peer: "192.0.2.1", trust: false) == ClientFingerprint.hash(address: "192.0.2.1", salt: "salt"))
        #expect(hash([:], peer: "192.0.2.1", trust: false) == ClientFingerprint.hash(address: "192.0.2.1", salt: "salt"))
        #expect(hash(Self.forwarded, peer: nil, trust: false) == ClientFingerprint.hash(address: "unknown", salt: "salt"))
    }

    /// The proxy appends the address it saw; the hops before it are the client's to invent.
    @Test func behindAProxyTheLastForwardedHopIsHashed() {
        #expect(hash(Self.forwarded, peer: "10.0.0.2", trust: true) == ClientFingerprint.hash(address: "203.0.113.9", salt: "salt"))
        #expect(hash([:], peer: "10.0.0.2", trust: true) == ClientFingerprint.hash(address: "10.0.0.2", salt: "salt"))
        var blank: HTTPFields = [:]
        if let name = HTTPFields.Element.Name("X-Forwarded-For") { blank[name] = " , " }
        #expect(hash(blank, peer: "10.0.0.2", trust: true) == ClientFingerprint.hash(address: "10.0.0.2", salt: "salt"))
    }

    @Test func theSaltChangesTheHash() {
        #expect(ClientFingerprint.hash(address: "192.0.2.1", salt: "a") != ClientFingerprint.hash(address: "192.0.2.1", salt: "b"))
    }
}
