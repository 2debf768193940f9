import Money

/// §15 / B.2 step 11: moves start from the fair-range boundary on the winning side, never
/// from the centre price — upper bound for UP (OVER wins), lower bound for DOWN (UNDER wins).
/// The bounds are the ones logged on the vote (§3.1 determinism rule).
public enum AnchorPrice {
    public static func anchor(for direction: MoveDirection, fairRange: FairRange) -> Cents {
        direction == .up ? fairRange.upper : fairRange.lower
    }
}
