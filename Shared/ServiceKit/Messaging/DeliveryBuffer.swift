import AMQP
import Synchronization

/// Deliveries the broker pushed (at most `prefetch` of them), already decoded, waiting to be taken as a batch.
final class DeliveryBuffer<Item: Sendable>: Sendable {
    private let items = Mutex<[Item]>([])
    private let closed = Atomic<Bool>(false)
    private let arrived = WakeSignal()

    /// Makes every later `nextBatch` return [] at once: graceful shutdown takes no new batch.
    func close() {
        closed.store(true, ordering: .sequentiallyConsistent)
        arrived.signal()
    }

    func append(_ arrivals: [Item]) {
        items.withLock { $0.append(contentsOf: arrivals) }
        arrived.signal()
    }

    /// Waits for at least one delivery, lingers briefly for stragglers when fewer than `max` are there,
    /// and returns up to `max` in delivery order. Returns [] once closed or cancelled.
    func nextBatch(max: Int, linger: Duration) async -> [Item] {
        while !Task.isCancelled && !closed.load(ordering: .sequentiallyConsistent) {
            if items.withLock({ $0.isEmpty }) {
                await arrived.wait()
                continue
            }
            if items.withLock({ $0.count < max }) {
                try? await Task.sleep(for: linger)
            }
            return items.withLock { items in
                let batch = Array(items.prefix(max))
                items.removeFirst(batch.count)
                return batch
            }
        }
        return []
    }
}
