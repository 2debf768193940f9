/// Issue 7 §3, D000-35: the checks one item passes before it may buy, in order — duplicate key,
/// active, seller, self-sell link, valid price, hard price cap, 5 % band, stock.
/// The first failing check is the item's one reason.
enum ItemVerification {
    static func rejection(
        _ item: BatchItemRequest, product: VerifiedProduct, batchCompanyId: String, stock: Int64?,
        context: ExecutionContext
    ) -> ItemReason? {
        if !product.isActive || product.isArchived { return .inactive }
        if product.companyId != batchCompanyId { return .companyMismatch }
        if context.buyerLinks[item.buyerId]?.contains(product.companyId) == true { return .selfSell }
        if product.priceCents <= 0 { return .priceInvalid }
        if product.priceCents > context.rules.hardPriceCapCents { return .priceAboveHardCap }
        if !PriceTolerance.isWithin(
            verified: product.priceCents, planned: item.unitPriceCents, toleranceBp: context.rules.priceToleranceBp)
        {
            return .priceChanged
        }
        if let stock, stock <= 0 { return .noStock }
        return nil
    }
}
