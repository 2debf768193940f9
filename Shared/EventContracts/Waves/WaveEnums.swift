/// A seller company's moderation status (seed 000 §2); anything but `NONE` excludes it (D000-02).
public enum CompanyFlaggedStatus: String, ContractEnum {
    case none = "NONE", watch = "WATCH", blocked = "BLOCKED"
}

/// The outcome of one executed purchase line (D000-35, D000-36).
public enum PurchaseItemStatus: String, ContractEnum {
    case filled = "FILLED", partial = "PARTIAL", rejected = "REJECTED", duplicate = "DUPLICATE"
}

/// What a review-queue entry is about.
public enum ReviewEntityType: String, ContractEnum {
    case product = "PRODUCT", company = "COMPANY", buyer = "BUYER"

    var subjectPrefix: String { rawValue.lowercased() }
}

extension Subject {
    static func wave(_ id: String) -> String { "wave/\(id)" }
    static func product(_ id: String) -> String { "product/\(id)" }
    static func company(_ id: String) -> String { "company/\(id)" }
}
