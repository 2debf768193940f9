import Hummingbird
import WavePlanningDomain

/// `GET /api/waves/{id}/explain/{productId}`: every score component, penalty, cap and allocation
/// step that decided the product's spend, then what execution and reallocation did with it.
struct ExplainResponse: ResponseEncodable, Decodable {
    var waveId: String
    var productId: String
    /// The first reason it got nothing, if any (D000-02 order, then later stages).
    var exclusion: ExclusionReason?
    var score: ScoreBreakdown?
    var caps: ProductCaps?
    /// Pass 1's allocation steps (D000-24, D000-28, D000-29).
    var planSteps: [AllocationStep]
    var plannedUnits: Int64
    var plannedSpendCents: Int64
    /// Steps of reallocation passes (D000-37).
    var reallocationSteps: [AllocationStep]
    /// Why execution took it out of the wave (`price_changed`, `partial_fill`, …).
    var executionOutcome: String?
    var boughtUnits: Int64
    var boughtSpendCents: Int64
}
