/// D000-35: the verified price P is outside the band when `|P − planned| × 10_000 > 500 × planned`
/// (more than 5 %). Integer arithmetic in 128 bits, so the boundary is exact: +5 % executes,
/// +5.01 % is rejected as `price_changed`.
enum PriceTolerance {
    static func isWithin(verified: Int64, planned: Int64, toleranceBp: Int64) -> Bool {
        let difference = Int128(verified) - Int128(planned)
        let magnitude = difference < 0 ? -difference : difference
        return magnitude * 10_000 <= Int128(toleranceBp) * Int128(planned)
    }
}
