import CRabbitMQ

/// A dead-letter copy awaiting its confirm; the original is acked once the copy is safe.
struct DeadLetterPending {
    let originalTag: UInt64
    let continuation: CheckedContinuation<Void, any Error>
    var returnReason: String?
}

extension ConsumerEngine {
    /// Publishes the copy (mandatory, persistent, reason in the headers) on the confirm channel; the caller
    /// is resumed when the confirm arrives, or with the error now.
    func startDeadLetter(_ delivery: Delivery, reason: String, continuation: CheckedContinuation<Void, any Error>) {
        let connection: Connection
        switch self.connection(for: delivery.tag) {
        case .failure(let error): return continuation.resume(throwing: error)
        case .success(let live): connection = live
        }
        guard let target = topology.deadLetterTarget(of: queue) else {
            return continuation.resume(throwing: AMQPError.noDeadLetterExchange(queue: queue))
        }
        var headers = delivery.headers
        headers["x-dead-letter-reason"] = reason
        headers["x-original-routing-key"] = delivery.routingKey
        headers["x-original-exchange"] = delivery.exchange
        // A crash between the copy's confirm and the original's ack redelivers the original, which is then
        // dead-lettered again: the mark lets a reader of the dead-letter queue recognise such a second copy.
        headers["x-original-redelivered"] = delivery.redelivered || (delivery.deliveryCount ?? 0) > 0 ? "true" : "false"
        let copy = OutgoingMessage(
            exchange: target.exchange, routingKey: target.routingKey, body: delivery.body,
            messageId: delivery.messageId, contentType: delivery.contentType ?? "application/octet-stream",
            headers: headers, persistent: true, mandatory: true)
        do throws(AMQPError) {
            try copy.validate()
        } catch {
            return continuation.resume(throwing: error)
        }
        let written = guarded { () throws(AMQPError) in
            try connection.publish(copy, channel: Self.deadLetterChannel)
        }
        switch written {
        case .success: deadLetters.append(DeadLetterPending(originalTag: delivery.tag.value, continuation: continuation))
        case .failure(let error): continuation.resume(throwing: error)
        }
    }

    /// Confirms on the dead-letter channel: a confirmed copy lets the original be acked (single). Every
    /// settled caller is resumed, even when an ack write fails part way (that error is then rethrown).
    func settleDeadLetters(_ sequence: UInt64, multiple: Bool, nacked: Bool) throws(AMQPError) {
        var failure: AMQPError?
        for pending in deadLetters.settle(sequence, multiple: multiple) {
            if let failure {
                pending.continuation.resume(throwing: failure)
            } else if nacked {
                pending.continuation.resume(throwing: AMQPError.deadLetterRejected("nacked by the broker"))
            } else if let reason = pending.returnReason {
                pending.continuation.resume(throwing: AMQPError.deadLetterRejected(reason))
            } else {
                do throws(AMQPError) {
                    try ackOriginal(pending.originalTag)
                    pending.continuation.resume()
                } catch {
                    failure = error
                    pending.continuation.resume(throwing: error)
                }
            }
        }
        if let failure { throw failure }
    }

    /// Acks the original unless a `multiple` ack from the application already covered it.
    private func ackOriginal(_ tag: UInt64) throws(AMQPError) {
        guard let connection = supervisor.connection, outstanding.remove(tag, multiple: false) != nil else { return }
        try connection.ack(tag, multiple: false, channel: Self.consumeChannel)
    }

    /// Copies go to one exchange in publish order, so a return belongs to the earliest unreturned copy.
    func markDeadLetterReturned(_ returned: ReturnedMessage) {
        _ = deadLetters.updateFirst { pending in
            guard pending.returnReason == nil else { return false }
            pending.returnReason = "returned by the broker: \(returned.replyCode) \(returned.replyText)"
            return true
        }
    }

    func failDeadLetters(_ error: AMQPError) {
        for pending in deadLetters.removeAll() { pending.continuation.resume(throwing: error) }
    }
}
