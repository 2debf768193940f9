import Testing

@testable import AMQP

struct AMQPURLTests {
    @Test func parsesEveryPart() throws {
        let url = try AMQPURL("amqp://market:s3cret@127.0.0.1:55672/market")
        #expect(url.user == "market")
        #expect(url.password == "s3cret")
        #expect(url.host == "127.0.0.1")
        #expect(url.port == 55672)
        #expect(url.vhost == "market")
    }

    @Test func defaultsPortAndVhost() throws {
        let url = try AMQPURL("amqp://u:p@broker")
        #expect(url.port == 5672)
        #expect(url.vhost == "/")
        #expect(try AMQPURL("amqp://u:p@broker:1234/").vhost == "/")
    }

    @Test func percentDecodesUserPasswordAndVhost() throws {
        let url = try AMQPURL("amqp://us%40er:p%3Ass%2Fw@host/%2f")
        #expect(url.user == "us@er")
        #expect(url.password == "p:ss/w")
        #expect(url.vhost == "/")
        #expect(try AMQPURL("amqp://u:p@host/a%2Fb").vhost == "a/b")
    }

    @Test func withoutUserInfoUsesGuest() throws {
        let url = try AMQPURL("amqp://localhost")
        #expect(url.user == "guest")
        #expect(url.password == "guest")
    }

    @Test func parsesIPv6Hosts() throws {
        let url = try AMQPURL("amqp://u:p@[::1]:5673/v")
        #expect(url.host == "::1")
        #expect(url.port == 5673)
        #expect(url.description == "amqp://u@[::1]:5673/v")
    }

    @Test func descriptionHidesThePassword() throws {
        let url = try AMQPURL("amqp://market:topsecret@h:1/v")
        #expect(!url.description.contains("topsecret"))
        #expect(url.description == "amqp://market@h:1/v")
    }

    @Test(arguments: [
        ("localhost:5672", "missing scheme"),
        ("http://h/v", "unsupported scheme 'http'"),
        ("amqps://h/v", "unsupported scheme 'amqps'"),
        ("amqp://u:p@/v", "missing host"),
        ("amqp://u:p@h:0/v", "port '0'"),
        ("amqp://u:p@h:70000/v", "port '70000'"),
        ("amqp://u:p@h:+5/v", "port '+5'"),
        ("amqp://u:p@h:abc/v", "port 'abc'"),
        ("amqp://u:p@h/a/b", "unescaped '/'"),
        ("amqp://u:p%zz@h/v", "bad percent-escape in password"),
        ("amqp://u:p@h/v%2", "bad percent-escape in vhost"),
        ("amqp://u:p@h/v?heartbeat=5", "query parameters"),
        ("amqp://u:p@[::1/v", "unterminated IPv6"),
        ("amqp://u:p@h/%ff", "not valid UTF-8"),
    ])
    func rejectsBadURLs(text: String, problem: String) {
        #expect {
            try AMQPURL(text)
        } throws: { error in
            guard case .invalidURL(let why) = error as? AMQPError else { return false }
            return why.contains(problem)
        }
    }
}
