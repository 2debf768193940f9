/// `catalog.category.upserted` (in, from the game): a node of the category tree.
public struct CatalogCategoryUpserted: EventPayload {
    public static let eventType = "catalog.category.upserted"

    public var categoryId: String
    public var level: CategoryLevel
    public var parentId: String?

    public init(categoryId: String, level: CategoryLevel, parentId: String? = nil) {
        self.categoryId = categoryId
        self.level = level
        self.parentId = parentId
    }

    public var subject: String { Subject.category(categoryId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(categoryId, "data.categoryId")
        if let parentId { try Check.identifier(parentId, "data.parentId") }
    }
}
