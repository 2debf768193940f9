import AMQP
import Foundation
import TestSupport

/// The local broker's management API (`scripts/infra.sh` serves it on `MARKET_AMQP_MGMT_PORT`,
/// 55673 by default), asked one thing: which routing keys bind a queue to an exchange.
///
/// A service answers `/health/ready` once its queue exists, but its consumer declares the queue's
/// bindings one by one after that; an event published in between is dropped by the exchange. So a
/// local run waits until every type the service consumes is bound before any story publishes.
/// (Bindings are listed as they are; the API's consumer counts lag by its statistics interval.)
struct BrokerManagement {
    let base: String
    let authorization: String
    let vhost: String

    init(amqpURL: String = TestEnvironment.amqpURL) throws {
        let url = try AMQPURL(amqpURL)
        let port = ProcessInfo.processInfo.environment["MARKET_AMQP_MGMT_PORT"].flatMap(Int.init) ?? 55673
        base = "http://\(url.host):\(port)/api"
        authorization = "Basic " + Data("\(url.user):\(url.password)".utf8).base64EncodedString()
        vhost = Self.escaped(url.vhost)
    }

    /// The routing keys binding `queue` to `exchange` right now (none when the queue does not exist yet).
    func routingKeys(binding queue: String, to exchange: String) async throws -> Set<String> {
        let reply = try await HTTPReply.get(
            "\(base)/bindings/\(vhost)/e/\(Self.escaped(exchange))/q/\(Self.escaped(queue))", headers: ["Authorization": authorization])
        guard reply.status != 404 else { return [] }
        return Set(try reply.decode([Binding].self).map(\.routingKey))
    }

    private static func escaped(_ name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_.~"))) ?? name
    }

    private struct Binding: Decodable {
        let routingKey: String

        enum CodingKeys: String, CodingKey {
            case routingKey = "routing_key"
        }
    }
}
