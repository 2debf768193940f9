/// Why a run could not be set up; each names what to fix.
enum HarnessError: Error, CustomStringConvertible {
    case missingVariable(String)
    case badURL(String)
    case sinkNotDeclared(String)
    case notReady(service: String, url: String, log: String)
    case exited(service: String, status: Int32, log: String)
    case noFreePort

    var description: String {
        switch self {
        case .missingVariable(let name):
            "MARKET_E2E_TARGET=external needs \(name) (the base URL of that service's HTTP API)"
        case .badURL(let text): "\(text.debugDescription) is not a URL"
        case .sinkNotDeclared(let queue): "the event sink queue \(queue) was never declared on the broker"
        case .notReady(let service, let url, let log):
            "\(service) at \(url) never answered /health/ready with 200; its log: \(log)"
        case .exited(let service, let status, let log): "\(service) exited with status \(status); its log: \(log)"
        case .noFreePort: "no free TCP port on 127.0.0.1 for a service's HTTP API"
        }
    }
}
