/// D001-04, D001-08: turns a wire position into a rank in 1…T, or names why it is not one.
///
/// Checks happen on the `Double` before any conversion, so no input (NaN, ±∞, 1e300) can trap.
func validatedPosition(
    _ position: Double, of topic: TopicID, topicCount: Int
) throws(RankingBatchRejection) -> Int {
    guard position.isFinite, position.rounded(.towardZero) == position else {
        throw .positionNotAnInteger(topic, position: position)
    }
    guard position >= 1, position <= Double(topicCount) else {
        throw .positionOutOfRange(topic, position: position, topicCount: topicCount)
    }
    return Int(position)
}
