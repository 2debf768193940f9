import TestSupport
import Testing
import PurchaseExecutionDomain

@Suite struct VerificationTests {
    private func one(_ item: BatchItemRequest, _ product: VerifiedProduct, links: [String: Set<String>] = [:],
                     applied: Set<String> = []) throws -> ItemOutcome {
        let result = try executeBatch(BatchFixture.batch([item]),
                                      context: ExecutionContext(products: [product], buyerLinks: links, appliedKeys: applied))
        return try #require(result.items.first)
    }

    @Test(arguments: [
        // (verified price, status, units, reason): planned 10 × $100.00 = $1,000.00 of spend.
        (Int64(10_000), ItemStatus.filled, Int64(10), ItemReason?.none),
        (10_500, .partial, 9, .priceIncrease),   // +5 %: in the band, floor(100_000 / 10_500) = 9
        (10_501, .rejected, 0, .priceChanged),   // +5.01 %
        (9_500, .filled, 10, nil),               // −5 %: all ten, spending less than planned
        (9_499, .rejected, 0, .priceChanged),
    ])
    func d000_35_priceBand(price: Int64, status: ItemStatus, units: Int64, reason: ItemReason?) throws {
        let outcome = try one(BatchFixture.item("p"), BatchFixture.product("p", price: price))
        #expect(outcome.status == status)
        #expect(outcome.quantity == units)
        #expect(outcome.reason == reason)
        #expect(outcome.spentCents == units * price)
        #expect(outcome.spentCents <= 100_000)
        #expect(outcome.unitPriceCents == price)
    }

    @Test func stockShortIsPartialAndNoStockRejected() throws {
        let short = try one(BatchFixture.item("p"), BatchFixture.product("p", stock: 4))
        #expect(short.status == .partial && short.quantity == 4 && short.reason == .stockShort && short.spentCents == 40_000)
        let empty = try one(BatchFixture.item("p"), BatchFixture.product("p", stock: 0))
        #expect(empty.status == .rejected && empty.reason == .noStock && empty.spentCents == 0)
        let unlimited = try one(BatchFixture.item("p"), BatchFixture.product("p", stock: nil))
        #expect(unlimited.status == .filled && unlimited.quantity == 10)
    }

    @Test func plannedSpendBelowOneUnitIsUnaffordable() throws {
        let outcome = try one(BatchFixture.item("p", quantity: 1, price: 10_000, spend: 9_999), BatchFixture.product("p"))
        #expect(outcome.status == .rejected && outcome.reason == .unaffordable)
    }

    @Test func eachRejectionReason() throws {
        #expect(try one(BatchFixture.item("p"), BatchFixture.product("p", active: false)).reason == .inactive)
        #expect(try one(BatchFixture.item("p"), BatchFixture.product("p", archived: true)).reason == .inactive)
        #expect(try one(BatchFixture.item("p"), BatchFixture.product("p", company: "other")).reason == .companyMismatch)
        #expect(try one(BatchFixture.item("p", buyer: "b1"), BatchFixture.product("p"), links: ["b1": ["acme"]]).reason == .selfSell)
        #expect(try one(BatchFixture.item("p", buyer: "b2"), BatchFixture.product("p"), links: ["b1": ["acme"]]).status == .filled)
        #expect(try one(BatchFixture.item("p"), BatchFixture.product("p", price: 0)).reason == .priceInvalid)
        #expect(try one(BatchFixture.item("p", quantity: 1, price: 5_000_001), BatchFixture.product("p", price: 5_000_001)).reason
            == .priceAboveHardCap)
        #expect(try one(BatchFixture.item("p", quantity: 1, price: 5_000_000), BatchFixture.product("p", price: 5_000_000)).status
            == .filled)
    }

    @Test func appliedKeyIsDuplicateWithNoEffect() throws {
        let result = try executeBatch(
            BatchFixture.batch([BatchFixture.item("p"), BatchFixture.item("q")]),
            context: ExecutionContext(products: [BatchFixture.product("p"), BatchFixture.product("q")], appliedKeys: ["w:h:p"]))
        #expect(result.items.map(\.status) == [.duplicate, .filled])
        #expect(result.items[0].quantity == 0 && result.items[0].spentCents == 0)
        #expect(result.soldUnits == [ProductSale(productId: "q", units: 10)])
        #expect(result.spentCents == 100_000)
    }

    @Test func creditIsAggregatedPerCompany() throws {
        let result = try executeBatch(
            BatchFixture.batch([BatchFixture.item("a", quantity: 2), BatchFixture.item("b", quantity: 3, price: 500)]),
            context: ExecutionContext(products: [BatchFixture.product("a"), BatchFixture.product("b", price: 500)]))
        #expect(result.companyCredits == [CompanyCredit(companyId: "acme", amountCents: 21_500)])
        #expect(result.spentCents == 21_500)
        #expect(result.soldUnits == [ProductSale(productId: "a", units: 2), ProductSale(productId: "b", units: 3)])
    }

    @Test func twoItemsOfOneProductShareItsStock() throws {
        let result = try executeBatch(
            BatchFixture.batch([BatchFixture.item("p", quantity: 6, key: "k1"), BatchFixture.item("p", quantity: 6, key: "k2")]),
            context: ExecutionContext(products: [BatchFixture.product("p", stock: 8)]))
        #expect(result.items.map(\.quantity) == [6, 2])
        #expect(result.items.map(\.status) == [.filled, .partial])
        #expect(result.soldUnits == [ProductSale(productId: "p", units: 8)])
    }

    @Test func malformedBatchListsEveryProblem() {
        let batch = PurchaseBatchRequest(waveId: "", pass: 0, batchId: "b", companyId: "acme", items: [
            BatchFixture.item("p", quantity: 0, key: "k"),
            BatchFixture.item("ghost", key: "k"),
            BatchItemRequest(idempotencyKey: "k3", productId: "p", quantity: 1, unitPriceCents: -1, plannedSpendCents: -2, buyerId: ""),
        ])
        #expect(throws: BatchExecutionError.malformed([
            .missingField("waveId"),
            .nonPositiveQuantity(idempotencyKey: "k", quantity: 0),
            .repeatedIdempotencyKey("k"),
            .unknownProduct(idempotencyKey: "k", productId: "ghost"),
            .missingField("buyerId"),
            .nonPositivePlannedPrice(idempotencyKey: "k3", priceCents: -1),
            .negativePlannedSpend(idempotencyKey: "k3", spendCents: -2),
        ])) {
            try executeBatch(batch, context: ExecutionContext(products: [BatchFixture.product("p")]))
        }
        #expect(throws: BatchExecutionError.malformed([.noItems])) {
            try executeBatch(BatchFixture.batch([]), context: ExecutionContext(products: []))
        }
    }

    @Test(arguments: 0..<30)
    func neverSpendsMoreThanPlannedNorOversells(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let products = (0..<8).map { index in
            BatchFixture.product("p\(index)", price: Int64.random(in: 1...6_000_000, using: &rng),
                                 stock: Bool.random(using: &rng) ? nil : Int64.random(in: -3...40, using: &rng))
        }
        let items = (0..<Int.random(in: 1...20, using: &rng)).map { index in
            let product = products[Int.random(in: 0..<8, using: &rng)]
            let planned = max(1, product.priceCents * Int64.random(in: 90...110, using: &rng) / 100)
            return BatchFixture.item(product.productId, quantity: Int64.random(in: 1...30, using: &rng), price: planned,
                                     spend: Int64.random(in: 0...(planned * 30), using: &rng), key: "k\(index)")
        }
        let result = try executeBatch(BatchFixture.batch(items), context: ExecutionContext(products: products))
        for (item, outcome) in zip(items, result.items) {
            #expect(outcome.spentCents <= item.plannedSpendCents)
            #expect(outcome.quantity <= item.quantity)
            #expect(outcome.spentCents == outcome.quantity * outcome.unitPriceCents)
        }
        for sale in result.soldUnits {
            if let stock = products.first(where: { $0.productId == sale.productId })?.stockAvailable {
                #expect(sale.units <= max(0, stock))
            }
        }
        #expect(result.companyCredits.reduce(0) { $0 + $1.amountCents } == result.spentCents)
        #expect(result.items.reduce(0) { $0 + $1.spentCents } == result.spentCents)
    }
}
