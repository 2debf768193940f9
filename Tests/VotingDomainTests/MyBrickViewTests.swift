import Foundation
import Testing
@testable import VotingDomain

/// §24 / Appendix C: the caller's view of a brick.
struct MyBrickViewTests {
    @Test("before any vote: 3 credits, not voted, XP 0")
    func fresh() {
        let view = MyBrickView(brick: BrickView(brickId: Fixture.brick, livePrice: 10_000), voter: nil, credits: nil, config: .standard, now: Fixture.noon)
        #expect(view == MyBrickView.expected(credits: 3, voted: false, xp: 0))
    }

    @Test("after two votes: 1 credit left, voted this cycle, XP 20; a new cycle clears 'voted' but not credits")
    func afterVotes() throws {
        var state = Fixture.state()
        _ = try Fixture.enrich(Fixture.intent(1), &state)
        _ = try Fixture.enrich(Fixture.intent(2, at: Fixture.noon.addingTimeInterval(60)), &state)
        let key = CreditKey(userId: Fixture.alice, brickId: Fixture.brick)
        var brick = try #require(state.bricks[Fixture.brick])
        let view = MyBrickView(brick: brick, voter: state.voters[Fixture.alice], credits: state.credits[key], config: .standard, now: Fixture.noon)
        #expect(view == MyBrickView.expected(credits: 1, voted: true, xp: 20))
        brick.cycleNumber = 2
        let next = MyBrickView(brick: brick, voter: state.voters[Fixture.alice], credits: state.credits[key], config: .standard, now: Fixture.noon)
        #expect(next == MyBrickView.expected(credits: 1, voted: false, xp: 20))
        brick.livePrice = 10_700
        #expect(MyBrickView(brick: brick, voter: nil, credits: state.credits[key], config: .standard, now: Fixture.noon).creditsLeft == 3)
    }

    @Test("§0.5 / §24 the JSON carries exactly creditsLeft, votedInCurrentCycle, xpTotal and brickId")
    func exposesNoInternals() throws {
        let view = MyBrickView.expected(credits: 2, voted: true, xp: 15)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(view)) as? [String: Any])
        #expect(Set(object.keys) == ["brickId", "creditsLeft", "votedInCurrentCycle", "xpTotal"])
    }
}

extension MyBrickView {
    static func expected(credits: Int, voted: Bool, xp: Int64) -> MyBrickView {
        var view = MyBrickView(brick: BrickView(brickId: Fixture.brick, livePrice: 0), voter: nil, credits: nil, config: .standard, now: Fixture.noon)
        view.creditsLeft = credits
        view.votedInCurrentCycle = voted
        view.xpTotal = xp
        return view
    }
}
