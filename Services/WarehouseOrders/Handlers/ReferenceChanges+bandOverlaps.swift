import ServiceKit
import WarehouseOrdersDomain

extension ReferenceChanges {
    /// Refuses a batch band that overlaps another active band of its category and quality (D002-09),
    /// against the stored bands and the batch's earlier bands, in delivery order.
    ///
    /// - Throws: ``EventRejected`` for the first offending band's event.
    func checkBandOverlaps(stored: [DemandBand]) throws {
        var current: [DemandBandID: DemandBand] = [:]
        for band in stored { current[band.id] = band }
        for pending in bands.rows.values.sorted(by: { $0.sequence < $1.sequence }) {
            let band = pending.value
            do {
                try band.validate(against: current.values.lazy.filter { $0.categoryId == band.categoryId })
            } catch {
                throw EventRejected(eventID: pending.eventID, reason: error.description)
            }
            current[band.id] = band
        }
    }

    /// The categories of the batch's bands: the only stored bands they can overlap.
    var bandCategories: [String] {
        Array(Set(bands.rows.values.map(\.value.categoryId.rawValue))).sorted()
    }
}
