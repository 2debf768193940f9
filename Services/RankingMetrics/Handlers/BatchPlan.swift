import EventContracts
import RankingMetricsDomain
import ServiceKit

/// A consumed batch sorted by what it needs: catalog facts to upsert first, then the ranking
/// events (batches, undos, closures) in delivery order, and the keys their state is loaded by.
struct BatchPlan {
    var catalog = CatalogChanges()
    var sequence: [IncomingEvent] = []
    var students: Set<StudentPeriod> = []
    var undoing: Set<StudentPeriod> = []
    var periods: Set<PeriodID> = []

    init(_ events: [IncomingEvent]) throws {
        for event in events {
            switch event.payload {
            case let opened as SelectionPeriodOpened:
                catalog.periods[opened.periodId] = opened
            case let topic as TopicCreated:
                guard topic.capacity <= RankingEventsHandler.maximumCapacity else {
                    throw EventRejected(
                        eventID: event.envelope.id,
                        reason: "capacity \(topic.capacity) exceeds \(RankingEventsHandler.maximumCapacity) seats")
                }
                catalog.topics[topic.topicId] = (event.envelope.id, topic)
            case let student as StudentRegistered:
                catalog.students[student.studentId] = student
            case let update as RankingsBatchUpdated:
                note(student: update.studentId, period: update.periodId, event)
            case let undo as RankingsUndoRequested:
                undoing.insert(note(student: undo.studentId, period: undo.periodId, event))
            case let closed as SelectionPeriodClosed:
                periods.insert(PeriodID(closed.periodId))
                sequence.append(event)
            default:
                throw EventRejected(eventID: event.envelope.id, reason: "event type \(event.envelope.type) is not handled")
            }
        }
    }

    @discardableResult
    private mutating func note(student: String, period: String, _ event: IncomingEvent) -> StudentPeriod {
        let key = StudentPeriod(student: StudentID(student), period: PeriodID(period))
        students.insert(key)
        periods.insert(key.period)
        sequence.append(event)
        return key
    }
}
