import AMQP
import Foundation

/// Compares one dead-letter queue with the hostile messages routed to its service: every one of them
/// there exactly once, nothing else, each with an `x-dead-letter-reason` that names what it broke.
///
/// With `crashes`, a service may have died between a copy's confirm and the original's ack; the original
/// then came back and was copied again. Such a second copy is accepted only when it says so
/// (`x-original-redelivered: true`); any other repeat is still a problem.
struct DeadLetterAudit {
    let problems: [String]

    /// `expected` is every message published (numbered by position); `routedTo` the numbers that reached the service.
    init(expected: [HostileMessage], routedTo: Set<Int>, letters: [Delivery], crashes: Bool = false) {
        var problems: [String] = []
        var seen = Set<Int>()
        for letter in letters {
            guard let number = letter.headers[HostileMessage.caseHeader].flatMap(Int.init), routedTo.contains(number) else {
                problems.append("a dead letter that is no hostile message: \(letter.headers)")
                continue
            }
            guard seen.insert(number).inserted else {
                if !(crashes && letter.headers["x-original-redelivered"] == "true") {
                    problems.append("case \(number) dead-lettered twice")
                }
                continue
            }
            let message = expected[number]
            guard let reason = letter.headers["x-dead-letter-reason"], !reason.isEmpty else {
                problems.append("case \(number) (\(message.kind)) has no x-dead-letter-reason")
                continue
            }
            if let wanted = message.expectedReason, !reason.contains(wanted) {
                problems.append("case \(number) (\(message.kind) \(message.routingKey)): reason \"\(reason.prefix(200))\" does not name \(wanted)")
            }
        }
        for number in routedTo.sorted() where !seen.contains(number) {
            let message = expected[number]
            problems.append(
                "case \(number) (\(message.kind) \(message.routingKey), expecting \(message.expectedReason ?? "-")) never reached the DLQ: \(String(decoding: message.body.prefix(300), as: UTF8.self))")
        }
        self.problems = problems
    }
}
