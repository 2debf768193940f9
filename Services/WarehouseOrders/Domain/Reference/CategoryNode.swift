/// A node of the catalog's category tree (`catalog.category.upserted`, seed §2
/// `ProductCategoryNode`). Demand falls back from an L3 category to its L2 parent.
public struct CategoryNode: Hashable, Sendable, Codable {
    public var id: CategoryID
    public var level: CategoryLevel
    public var parentId: CategoryID?

    public init(id: CategoryID, level: CategoryLevel, parentId: CategoryID? = nil) {
        self.id = id
        self.level = level
        self.parentId = parentId
    }

    /// Refuses empty ids and a node that is its own parent (the fallback would loop back).
    public func validate() throws(ReferenceDataError) {
        try Check.identifier(id, "categoryId")
        if let parentId {
            try Check.identifier(parentId, "parentId")
            if parentId == id { throw .categoryIsOwnParent(id) }
        }
    }
}

/// A category level; only an L3 node falls back to its parent (seed §2).
public enum CategoryLevel: String, Hashable, Sendable, Codable, CaseIterable {
    case l1 = "L1"
    case l2 = "L2"
    case l3 = "L3"
}
