/// Stock the tick reserves for its order: storage decrements `qtyOnHand` by `reserved` in the
/// tick's transaction, and later steps never decrement again (D002-04).
public struct InventoryReservation: Hashable, Sendable {
    public var productTemplateId: ProductTemplateID
    /// Units taken by today's order items of this template (> 0).
    public var reserved: Int64
    /// `qtyOnHand` after the decrement (≥ 0); 0 pauses every LISTED listing of the template
    /// (D002-19).
    public var qtyOnHandAfter: Int64

    public init(productTemplateId: ProductTemplateID, reserved: Int64, qtyOnHandAfter: Int64) {
        self.productTemplateId = productTemplateId
        self.reserved = reserved
        self.qtyOnHandAfter = qtyOnHandAfter
    }
}
