import Foundation

/// The hostile requests of the HTTP suite, per service: bad JSON, wrong types, unknown values,
/// SQL-looking strings, oversized bodies, path traversal, and every kind of bad token.
enum HostileRequests {
    static let traversal = "..%2F..%2F..%2Fetc%2Fpasswd"
    static let sql = "1%27%20OR%20%271%27%3D%271%27%3B%20DROP%20TABLE%20inbox%3B%20--"
    static let sqlText = "1' OR '1'='1'; DROP TABLE inbox; --"

    static func all(_ tokens: HostileTokens) -> [HostileRequest] {
        voting(tokens) + pricing() + wavePlanning(tokens) + purchaseExecution(tokens) + warehouseOrders() + rankingMetrics(tokens)
    }

    /// The same request under every bad token, each answered 401.
    static func badTokens(_ service: MarketService, _ method: String, _ path: String, body: String?, _ tokens: HostileTokens)
        -> [HostileRequest]
    {
        let variants: [(String, String?)] = [
            ("no token", nil), ("forged token", tokens.forged), ("wrong-audience token", tokens.wrongAudience),
            ("expired token", tokens.expired),
            ("unsigned token", tokens.unsigned), ("tampered token", tokens.tampered), ("garbage token", "not.a.jwt"),
        ]
        return variants.map { label, token in
            HostileRequest(label: label, service: service, method: method, path: path, token: token, body: body.map { Array($0.utf8) }, status: 401)
        }
    }

    static func voting(_ tokens: HostileTokens) -> [HostileRequest] {
        let intents = "/api/vote_intents"
        func intent(_ label: String, _ body: String, status: Int? = 400) -> HostileRequest {
            HostileRequest(label: label, service: .voting, method: "POST", path: intents, token: tokens.user, body: Array(body.utf8), status: status)
        }
        let brick = UUID().uuidString.lowercased()
        let valid = #"{"brickId":"\#(brick)","voteType":"OVER"}"#
        return [
            intent("bad JSON", #"{"brickId":"#), intent("not JSON", "<xml/>"), intent("wrong types", #"{"brickId":42,"voteType":true}"#),
            intent("missing field", #"{"voteType":"OVER"}"#), intent("unknown vote type", #"{"brickId":"\#(brick)","voteType":"SIDEWAYS"}"#),
            intent("SQL-looking brick id", #"{"brickId":"\#(sqlText)","voteType":"OVER"}"#),
            intent("oversized body", #"{"brickId":"\#(brick)","voteType":"OVER","pad":"\#(String(repeating: "x", count: 1 << 20))"}"#, status: 413),
            HostileRequest(label: "traversal in brick id", service: .voting, method: "GET", path: "/api/me/bricks/\(traversal)", token: tokens.user),
            HostileRequest(label: "SQL in brick id", service: .voting, method: "GET", path: "/api/me/bricks/\(sql)", token: tokens.user),
        ] + badTokens(.voting, "POST", intents, body: valid, tokens)
    }

    static func pricing() -> [HostileRequest] {
        ["state", "live", "history"].flatMap { view in
            [
                HostileRequest(label: "traversal in brick id", service: .pricing, method: "GET", path: "/api/bricks/\(traversal)/\(view)"),
                HostileRequest(label: "SQL in brick id", service: .pricing, method: "GET", path: "/api/bricks/\(sql)/\(view)"),
            ]
        }
    }

    static func wavePlanning(_ tokens: HostileTokens) -> [HostileRequest] {
        func admin(_ label: String, _ method: String, _ path: String, _ body: String, status: Int? = 400) -> HostileRequest {
            HostileRequest(label: label, service: .wavePlanning, method: method, path: path, token: tokens.admin, body: Array(body.utf8), status: status)
        }
        let wave = #"{"waveId":"resilience-wave","budgetCents":1000}"#
        return [
            admin("bad JSON", "POST", "/api/waves", #"{"budgetCents":"#),
            admin("wrong types", "POST", "/api/waves", #"{"waveId":7,"budgetCents":"lots"}"#),
            admin("SQL-looking wave id", "POST", "/api/waves", #"{"waveId":"\#(sqlText)","budgetCents":1000}"#),
            admin("negative budget", "POST", "/api/waves", #"{"waveId":"w","budgetCents":-5}"#),
            admin("oversized body", "POST", "/api/waves", #"{"waveId":"w","pad":"\#(String(repeating: "x", count: 1 << 21))"}"#, status: 413),
            admin("budget of the wrong type", "PUT", "/api/admin/config/budget", #"{"budgetCents":"all of it"}"#),
            admin("hold toggle of the wrong type", "PUT", "/api/admin/config/new-product-hold", #"{"enabled":"yes"}"#),
            admin("blacklist bad JSON", "POST", "/api/admin/blacklist/products", "[[["),
            HostileRequest(label: "user token on the admin API", service: .wavePlanning, method: "POST", path: "/api/waves", token: tokens.user, body: Array(wave.utf8), status: 403),
            HostileRequest(label: "user token on the blacklist", service: .wavePlanning, method: "POST", path: "/api/admin/blacklist/companies", token: tokens.user, body: Array(#"{"id":"c"}"#.utf8), status: 403),
            HostileRequest(label: "traversal in wave id", service: .wavePlanning, method: "GET", path: "/api/waves/\(traversal)", token: tokens.admin),
        ] + badTokens(.wavePlanning, "POST", "/api/waves", body: wave, tokens)
            + badTokens(.wavePlanning, "PUT", "/api/admin/config/budget", body: #"{"budgetCents":1}"#, tokens)
    }

    static func purchaseExecution(_ tokens: HostileTokens) -> [HostileRequest] {
        [
            HostileRequest(label: "user token on the admin API", service: .purchaseExecution, method: "GET", path: "/api/waves/w/sales", token: tokens.user, status: 403),
            HostileRequest(label: "overlong wave id", service: .purchaseExecution, method: "GET", path: "/api/waves/\(String(repeating: "w", count: 300))/sales", token: tokens.admin, status: 400),
        ] + badTokens(.purchaseExecution, "GET", "/api/waves/w/sales", body: nil, tokens)
    }

    static func warehouseOrders() -> [HostileRequest] {
        ["orders", "sales-log"].flatMap { view in
            [
                HostileRequest(label: "impossible day", service: .warehouseOrders, method: "GET", path: "/api/warehouses/w1/\(view)?day=2026-13-45", status: 400),
                HostileRequest(label: "SQL as day", service: .warehouseOrders, method: "GET", path: "/api/warehouses/w1/\(view)?day=\(sql)", status: 400),
                HostileRequest(label: "no day", service: .warehouseOrders, method: "GET", path: "/api/warehouses/w1/\(view)", status: 400),
                HostileRequest(label: "overlong warehouse id", service: .warehouseOrders, method: "GET", path: "/api/warehouses/\(String(repeating: "w", count: 500))/\(view)?day=2026-01-01", status: 400),
            ]
        }
    }

    static func rankingMetrics(_ tokens: HostileTokens) -> [HostileRequest] {
        [
            HostileRequest(label: "user token on the admin API", service: .rankingMetrics, method: "POST", path: "/api/admin/periods/p/assignment", token: tokens.user, body: [], status: 403),
            HostileRequest(label: "hours not a number", service: .rankingMetrics, method: "GET", path: "/api/topics/t/trend?hours=\(sql)", status: 400),
            HostileRequest(label: "negative hours", service: .rankingMetrics, method: "GET", path: "/api/topics/t/trend?hours=-5", status: 400),
            HostileRequest(label: "unknown mode", service: .rankingMetrics, method: "POST", path: "/api/admin/periods/p/assignment?mode=\(sql)", token: tokens.admin, body: [], status: 400),
            HostileRequest(label: "SQL as period id", service: .rankingMetrics, method: "GET", path: "/api/periods/\(sql)/assignment", status: 404),
        ] + badTokens(.rankingMetrics, "POST", "/api/admin/periods/p/assignment", body: "", tokens)
    }
}
