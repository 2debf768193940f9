import Foundation
import PricingDomain
import Testing

/// P-30, §5, §24, Appendix C: what the state API shows to whom.
struct BrickStateViewTests {
    @Test(
        "P-30: price and fair-range values for everyone; sentiment and confidence only after a verified vote this cycle",
        arguments: [
            (BrickViewer.loggedOut, false), (.unverified, false), (.verified(hasVotedInCurrentCycle: false), false),
            (.verified(hasVotedInCurrentCycle: true), true),
        ])
    func disclosure(viewer: BrickViewer, seesInsight: Bool) throws {
        let state = try Fixture.applyVotes(.over, users: 1...5, to: try Fixture.state(), start: 0).state
        let view = try BrickStateView(state: state, viewer: viewer, config: Fixture.config)
        #expect(view.livePrice == 11_200)
        #expect(view.fairRange == FairRange(lower: 10_640, upper: 11_760))
        #expect(view.lastVoteEventIdProcessed == 1_005)
        if seesInsight {
            #expect(view.insight == SentimentInsight(state))
            #expect(view.insight?.pOver == 1 && view.insight?.confidence == 0.1)
        } else {
            #expect(view.insight == nil)
        }
    }
}
