/// Why a run could not be set up; each names what to fix.
enum HarnessError: Error, CustomStringConvertible {
    case missingVariable(String)
    case badURL(String)
    case sinkNotBound(String)
    case notReady(service: String, url: String, log: String)
    case exited(service: String, status: Int32, log: String)
    case cannotCreate(String)
    case notInRun(String)
    case missingTimeZone(String)

    var description: String {
        switch self {
        case .missingVariable(let name):
            "MARKET_E2E_TARGET=external needs \(name) (the base URL of that service's HTTP API)"
        case .badURL(let text): "\(text.debugDescription) is not a URL"
        case .sinkNotBound(let queue): "no probe message ever reached the event sink queue \(queue): it is not bound"
        case .notReady(let service, let url, let log):
            "\(service) at \(url) never answered /health/ready with 200; its log: \(log)"
        case .exited(let service, let status, let log): "\(service) exited with status \(status); its log: \(log)"
        case .cannotCreate(let path): "cannot create the file \(path)"
        case .missingTimeZone(let name): "the time zone \(name) is not installed (tzdata)"
        case .notInRun(let service): "\(service) is not one of the services this run started, so it has no schema or queue here"
        }
    }
}
