import Foundation
import Hummingbird
import Postgres
import WavePlanningDomain

/// `GET /api/waves/{id}`: passes, plan, spend per company, retained funds, stop reason, flags.
struct WaveAuditResponse: ResponseEncodable, Decodable {
    struct CompanyLine: Codable { var companyId: String; var spentCents: Int64; var capCents: Int64 }
    struct OrderLine: Codable {
        var batchId: String
        var idempotencyKey: String
        var productId: String
        var companyId: String
        var quantity: Int64
        var unitPriceCents: Int64
        var plannedSpendCents: Int64
        var status: String?
        var executedQuantity: Int64?
        var spentCents: Int64?
        var reason: String?
    }
    struct PassLine: Codable { var pass: Int; var planHash: String; var plannedSpendCents: Int64; var orders: [OrderLine] }
    struct Flag: Codable { var entityType: String; var entityId: String; var reason: String; var detail: String }
    struct Telemetry: Codable {
        var phase: String
        var pass: Int
        var roundTrips: Int64
        var rowsRead: Int64
        var rowsWritten: Int64
        var durationMicroseconds: Int64
    }

    var waveId: String
    var status: String
    var requestedBy: String
    var budgetCents: Int64
    var seed: String
    var configVersion: Int64
    var passes: Int
    var spentCents: Int64
    var retainedCents: Int64
    var stopReason: String?
    var startedAt: Date
    var completedAt: Date?
    var perCompany: [CompanyLine]
    var plan: [PassLine]
    var flagged: [Flag]
    var telemetry: [Telemetry]

    init(_ results: [PostgresRows]) throws {
        let row = results[0][0]
        let record = try WaveRecord(row)
        waveId = record.waveId
        status = record.isDone ? "done" : "executing"
        requestedBy = try row.decode("requested_by")
        budgetCents = record.facts.budgetCents
        seed = record.facts.seed
        configVersion = record.facts.configVersion
        passes = record.currentPass + 1
        spentCents = record.ledger.spentCents
        retainedCents = record.facts.budgetCents - spentCents
        stopReason = try row.decode("stop_reason")
        startedAt = try row.decode("started_at")
        completedAt = try row.decode("completed_at")
        var spend: [String: Int64] = [:]
        for entry in record.ledger.entries where entry.boughtSpendCents > 0 { spend[entry.companyId, default: 0] += entry.boughtSpendCents }
        perCompany = record.ledger.companyCaps.keys.sorted().map {
            CompanyLine(companyId: $0, spentCents: spend[$0] ?? 0, capCents: record.ledger.companyCaps[$0] ?? 0)
        }
        var passLines: [PassLine] = []
        for order in results[1] {
            let pass: Int = try order.decode("pass")
            let line = OrderLine(
                batchId: try order.decode("batch_id"), idempotencyKey: try order.decode("idempotency_key"),
                productId: try order.decode("product_id"), companyId: try order.decode("company_id"),
                quantity: try order.decode("quantity"), unitPriceCents: try order.decode("unit_price_cents"),
                plannedSpendCents: try order.decode("planned_spend_cents"), status: try order.decode("status"),
                executedQuantity: try order.decode("executed_quantity"), spentCents: try order.decode("spent_cents"),
                reason: try order.decode("reason"))
            if passLines.last?.pass != pass + 1 {
                passLines.append(PassLine(pass: pass + 1, planHash: try order.decode("plan_hash"), plannedSpendCents: 0, orders: []))
            }
            passLines[passLines.count - 1].orders.append(line)
            passLines[passLines.count - 1].plannedSpendCents += line.plannedSpendCents
        }
        plan = passLines
        flagged = try results[2].map {
            Flag(entityType: try $0.decode("entity_type"), entityId: try $0.decode("entity_id"), reason: try $0.decode("reason"), detail: try $0.decode("detail"))
        }
        telemetry = try results[3].map {
            Telemetry(
                phase: try $0.decode("phase"), pass: try $0.decode("pass"), roundTrips: try $0.decode("round_trips"),
                rowsRead: try $0.decode("rows_read"), rowsWritten: try $0.decode("rows_written"),
                durationMicroseconds: try $0.decode("duration_us"))
        }
    }
}
