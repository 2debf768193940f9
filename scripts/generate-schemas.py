#!/usr/bin/env python3
"""Generates schemas/events/<type>.json (JSON Schema draft-07 of the whole CloudEvent),
schemas/examples/<type>.json (one valid example each) and schemas/asyncapi.yaml from the tables
below.

The table is the machine form of EVENTS.md; Shared/EventContracts must agree with it, and
Tests/EventContractsTests proves that it does. Run from the package root:

    python3 scripts/generate-schemas.py && python3 scripts/check-schemas.py
"""
import json
import pathlib

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
DATE_TIME_PATTERN = (
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$")
DAY_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
UPPER_SNAKE_PATTERN = "^[A-Z](_?[A-Z0-9])*$"

# Field kinds. Each returns the JSON Schema of one value.
def uuid(): return {"type": "string", "pattern": UUID_PATTERN}
def ident(): return {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\s\\x00-\\x1f\\x7f]+$"}
def text(): return {"type": "string", "minLength": 1, "maxLength": 2000}
def dt(): return {"type": "string", "format": "date-time", "pattern": DATE_TIME_PATTERN}
def day(): return {"type": "string", "format": "date", "pattern": DAY_PATTERN}
def boolean(): return {"type": "boolean"}
def integer(minimum=None, maximum=None):
    schema = {"type": "integer"}
    if minimum is not None: schema["minimum"] = minimum
    if maximum is not None: schema["maximum"] = maximum
    return schema
def number(minimum=None, maximum=None, exclusive_minimum=None):
    schema = {"type": "number"}
    if minimum is not None: schema["minimum"] = minimum
    if maximum is not None: schema["maximum"] = maximum
    if exclusive_minimum is not None: schema["exclusiveMinimum"] = exclusive_minimum
    return schema
def ratio(): return number(0, 1)
def enum(*values): return {"type": "string", "enum": list(values)}
def open_enum(*known):
    return {"type": "string", "maxLength": 64, "pattern": UPPER_SNAKE_PATTERN,
            "description": "Open set; known values: " + ", ".join(known)}
def nullable(schema):
    result = dict(schema)
    result["type"] = [schema["type"], "null"]
    return result
def array(items, min_items=None):
    schema = {"type": "array", "items": items}
    if min_items is not None: schema["minItems"] = min_items
    return schema
def obj(fields, description=None):
    """fields: list of (name, schema, required)."""
    schema = {"type": "object",
              "required": [name for name, _, required in fields if required],
              "properties": {name: field for name, field, _ in fields},
              "additionalProperties": True}
    if description: schema["description"] = description
    return schema

R, O = True, False  # required, optional

VOTE_TYPE = enum("UNDER", "FAIR", "OVER")
FREEZE_MODE = enum("NONE", "FROZEN")
QUALITY = enum("STANDARD", "PREMIUM", "LUXURY")

# type -> (subject prefix(es), description, data fields, example data)
TYPES = {}
def event(name, subject, description, fields, example):
    TYPES[name] = (subject, description, fields, example)

BRICK = "4f1c8e2a-9b3d-4c5e-8f7a-1b2c3d4e5f60"
USER = "0b8e6a51-2c3d-4e5f-9a1b-7c8d9e0f1a2b"
INTENT = "c3d4e5f6-a7b8-4c9d-8e0f-112233445566"
CYCLE = "9a7c1e3b-5d2f-5a4b-8c6d-7e8f90a1b2c3"
NEXT_CYCLE = "1d2e3f4a-5b6c-5d7e-8f90-a1b2c3d4e5f6"

event("user.upserted", "user", "A user's identity facts from the auth system.", [
    ("userId", uuid(), R), ("emailVerified", boolean(), R), ("accountCreatedAt", dt(), R),
    ("behaviorMultiplier", ratio(), O), ("banned", boolean(), O),
], {"userId": USER, "emailVerified": True, "accountCreatedAt": "2026-09-01T08:30:00.000Z",
    "behaviorMultiplier": 1.0, "banned": False})

event("brick.listed", "brick", "A brick enters voting and pricing.", [
    ("brickId", uuid(), R), ("name", text(), R), ("baselinePriceCents", integer(0), R), ("listedAt", dt(), R),
], {"brickId": BRICK, "name": "LEGO 10497 Galaxy Explorer", "baselinePriceCents": 9999,
    "listedAt": "2026-11-01T12:00:00.000Z"})

event("vote.intent.submitted", "brick", "A user wants to vote on a brick.", [
    ("intentId", uuid(), R), ("userId", uuid(), R), ("brickId", uuid(), R), ("voteType", VOTE_TYPE, R),
    ("submittedAt", dt(), R), ("ipHash", text(), R), ("userAgent", text(), O), ("sessionId", text(), O),
], {"intentId": INTENT, "userId": USER, "brickId": BRICK, "voteType": "OVER",
    "submittedAt": "2026-11-23T10:15:01.870Z", "ipHash": "9f2c41d07ab3e8c5",
    "userAgent": "Mozilla/5.0 (X11; Linux x86_64)", "sessionId": "sess-7c21"})

event("vote.recorded", "brick", "An accepted vote, stamped for pricing.", [
    ("voteEventId", integer(1), R), ("brickSeq", integer(1), R), ("intentId", uuid(), R), ("userId", uuid(), R),
    ("brickId", uuid(), R), ("voteType", VOTE_TYPE, R), ("livePriceAtVoteCents", integer(0), R),
    ("fairRangeLowerCents", integer(0), R), ("fairRangeUpperCents", integer(0), R),
    ("baseStepAtVoteCents", integer(0), R), ("userWeightAtVote", number(0), R), ("emailVerified", boolean(), R),
    ("cycleId", uuid(), R), ("cycleNumber", integer(1), R), ("createdAt", dt(), R), ("ipHash", text(), R),
], {"voteEventId": 48211, "brickSeq": 37, "intentId": INTENT, "userId": USER, "brickId": BRICK,
    "voteType": "OVER", "livePriceAtVoteCents": 10450, "fairRangeLowerCents": 9928, "fairRangeUpperCents": 10973,
    "baseStepAtVoteCents": 200, "userWeightAtVote": 0.75, "emailVerified": True, "cycleId": CYCLE,
    "cycleNumber": 3, "createdAt": "2026-11-23T10:15:01.870Z", "ipHash": "9f2c41d07ab3e8c5"})

event("vote.rejected", "brick", "An intent that did not become a vote.", [
    ("intentId", uuid(), R), ("userId", uuid(), R), ("brickId", uuid(), R),
    ("reason", enum("NO_CREDITS", "UNKNOWN_BRICK", "UNKNOWN_USER", "RATE_LIMITED", "BANNED"), R),
], {"intentId": INTENT, "userId": USER, "brickId": BRICK, "reason": "NO_CREDITS"})

event("xp.awarded", "user", "Experience points for a verified user.", [
    ("userId", uuid(), R), ("brickId", uuid(), R), ("voteEventId", integer(1), O), ("amount", integer(1), R),
    ("reason", enum("VOTE", "STREAK", "RECHECK", "ACCURACY"), R),
], {"userId": USER, "brickId": BRICK, "voteEventId": 48211, "amount": 10, "reason": "VOTE"})

event("brick.recheck.requested", "brick", "Ops flags a brick for recheck.", [
    ("brickId", uuid(), R), ("reason", text(), R),
], {"brickId": BRICK, "reason": "Catalog price corrected after a listing error"})

event("brick.state.updated", "brick", "A brick's full pricing state after an applied entry.", [
    ("brickId", uuid(), R), ("livePriceCents", integer(0), R), ("cycleId", uuid(), R), ("cycleNumber", integer(1), R),
    ("cycleStartPriceCents", integer(0), R), ("freezeMode", FREEZE_MODE, R), ("freezeUntil", dt(), O),
    ("needsRecheck", boolean(), R), ("recheckEpoch", integer(0), R), ("appliedBrickSeq", integer(0), R),
    ("weightedUnder", number(0), R), ("weightedFair", number(0), R), ("weightedOver", number(0), R),
    ("weightedTotal", number(0), R), ("pUnder", ratio(), R), ("pFair", ratio(), R), ("pOver", ratio(), R),
    ("pricingConfidence", ratio(), R), ("momentumScore", integer(-2, 2), R), ("updatedAt", dt(), R),
], {"brickId": BRICK, "livePriceCents": 10650, "cycleId": CYCLE, "cycleNumber": 3,
    "cycleStartPriceCents": 10000, "freezeMode": "NONE", "needsRecheck": False, "recheckEpoch": 0,
    "appliedBrickSeq": 37, "weightedUnder": 1.5, "weightedFair": 2.25, "weightedOver": 6.25,
    "weightedTotal": 10.0, "pUnder": 0.15, "pFair": 0.225, "pOver": 0.625, "pricingConfidence": 0.41,
    "momentumScore": 1, "updatedAt": "2026-11-23T10:15:02.123Z"})

event("brick.price.moved", "brick", "One price move and how it was computed.", [
    ("brickId", uuid(), R), ("fromCents", integer(0), R), ("toCents", integer(0), R),
    ("direction", enum("UP", "DOWN"), R), ("anchorCents", integer(0), R), ("finalStepCents", integer(0), R),
    ("cycleId", uuid(), R), ("causedByVoteEventId", integer(1), R),
], {"brickId": BRICK, "fromCents": 10450, "toCents": 10650, "direction": "UP", "anchorCents": 10450,
    "finalStepCents": 200, "cycleId": CYCLE, "causedByVoteEventId": 48211})

event("brick.cycle.reset", "brick", "A pricing cycle closed and the next began.", [
    ("brickId", uuid(), R), ("closedCycleId", uuid(), R), ("newCycleId", uuid(), R),
    ("newCycleNumber", integer(2), R), ("cycleStartPriceCents", integer(0), R),
    ("cycleEndPriceCents", integer(0), R), ("direction", enum("UP", "DOWN", "NONE"), R),
], {"brickId": BRICK, "closedCycleId": CYCLE, "newCycleId": NEXT_CYCLE, "newCycleNumber": 4,
    "cycleStartPriceCents": 10000, "cycleEndPriceCents": 10800, "direction": "UP"})

event("brick.freeze.changed", "brick", "A brick entered or left freeze.", [
    ("brickId", uuid(), R), ("freezeMode", FREEZE_MODE, R), ("freezeUntil", dt(), O),
    ("reason", enum("FAIR_CONSENSUS", "TIMEOUT", "RECHECK"), R),
], {"brickId": BRICK, "freezeMode": "FROZEN", "freezeUntil": "2026-12-07T10:15:01.870Z",
    "reason": "FAIR_CONSENSUS"})

event("brick.price.closed", "brick", "A brick's daily close (New York trading day).", [
    ("brickId", uuid(), R), ("day", day(), R), ("closePriceCents", integer(0), R), ("votesToday", integer(0), R),
], {"brickId": BRICK, "day": "2026-11-23", "closePriceCents": 10650, "votesToday": 42})

event("catalog.product.upserted", "product", "A product's planning facts from the catalog.", [
    ("productId", ident(), R), ("companyId", ident(), R), ("version", integer(0), R), ("priceCents", integer(), R),
    ("qualityRating", ratio(), R),
    ("stockAvailable", dict(nullable(integer()), description="null = unlimited; the key is required"), R),
    ("maxPerOrder", integer(0), O), ("isActive", boolean(), R), ("isArchived", boolean(), R),
    ("category", text(), O), ("createdAt", dt(), R), ("updatedAt", dt(), R),
], {"productId": "prod_8H2kQ", "companyId": "comp_41", "version": 7, "priceCents": 20000, "qualityRating": 0.8,
    "stockAvailable": None, "maxPerOrder": 50, "isActive": True, "isArchived": False, "category": "furniture",
    "createdAt": "2026-10-24T09:00:00.000Z", "updatedAt": "2026-11-22T18:45:10.500Z"})

event("catalog.company.upserted", "company", "A seller company's planning facts.", [
    ("companyId", ident(), R), ("version", integer(0), R), ("ownerId", ident(), R), ("reputationScore", ratio(), R),
    ("balanceCents", integer(), R), ("flaggedStatus", enum("NONE", "WATCH", "BLOCKED"), R),
], {"companyId": "comp_41", "version": 12, "ownerId": "user_k2", "reputationScore": 0.5,
    "balanceCents": 1250000, "flaggedStatus": "NONE"})

event("buyer.linked", "company", "A buyer account linked to a company (self-sell detection).", [
    ("buyerId", ident(), R), ("companyId", ident(), R), ("ownerId", ident(), O),
], {"buyerId": "buyer_77", "companyId": "comp_41", "ownerId": "user_k2"})

event("company.refunds.reported", "company", "A company's refund rate over a window.", [
    ("companyId", ident(), R), ("windowDays", integer(1), R), ("refundRate", ratio(), R),
], {"companyId": "comp_41", "windowDays": 30, "refundRate": 0.04})

event("wave.requested", "wave", "Plan and run a purchase wave.", [
    ("waveId", ident(), R), ("budgetCents", integer(1), O), ("seed", text(), O), ("requestedBy", text(), R),
], {"waveId": "wave-2026-11-23-a", "budgetCents": 5000000, "seed": "qa-seed-1", "requestedBy": "scheduler"})

event("wave.planned", "wave", "One pass of a wave was planned.", [
    ("waveId", ident(), R), ("pass", integer(1), R), ("budgetCents", integer(0), R),
    ("candidateCount", integer(0), R), ("eligibleCount", integer(0), R), ("plannedSpendCents", integer(0), R),
    ("batchCount", integer(0), R), ("seed", text(), R), ("configVersion", integer(0), R),
], {"waveId": "wave-2026-11-23-a", "pass": 1, "budgetCents": 5000000, "candidateCount": 60,
    "eligibleCount": 40, "plannedSpendCents": 4999500, "batchCount": 40, "seed": "qa-seed-1", "configVersion": 3})

event("purchase.batch.requested", "wave", "One company's planned orders of one pass.", [
    ("waveId", ident(), R), ("pass", integer(1), R), ("batchId", ident(), R), ("companyId", ident(), R),
    ("items", array(obj([
        ("idempotencyKey", text(), R), ("productId", ident(), R), ("quantity", integer(1), R),
        ("unitPriceCents", integer(1), R), ("plannedSpendCents", integer(0), R), ("buyerId", ident(), R),
    ]), 1), R),
], {"waveId": "wave-2026-11-23-a", "pass": 1, "batchId": "wave-2026-11-23-a:1:comp_41:0", "companyId": "comp_41",
    "items": [{"idempotencyKey": "wave-2026-11-23-a:3f9a0c1d2e4b5a67:prod_8H2kQ", "productId": "prod_8H2kQ",
               "quantity": 12, "unitPriceCents": 20000, "plannedSpendCents": 249900, "buyerId": "sim_5be0c9a2f1d3"}]})

event("purchase.batch.executed", "wave", "What one purchase batch bought.", [
    ("waveId", ident(), R), ("pass", integer(1), R), ("batchId", ident(), R),
    ("items", array(obj([
        ("idempotencyKey", text(), R), ("productId", ident(), R),
        ("status", enum("FILLED", "PARTIAL", "REJECTED", "DUPLICATE"), R), ("quantity", integer(0), R),
        ("unitPriceCents", integer(0), R), ("spentCents", integer(0), R), ("reason", text(), O),
    ]), 1), R),
    ("spentCents", integer(0), R),
], {"waveId": "wave-2026-11-23-a", "pass": 1, "batchId": "wave-2026-11-23-a:1:comp_41:0",
    "items": [{"idempotencyKey": "wave-2026-11-23-a:3f9a0c1d2e4b5a67:prod_8H2kQ", "productId": "prod_8H2kQ",
               "status": "PARTIAL", "quantity": 9, "unitPriceCents": 20000, "spentCents": 180000,
               "reason": "no_stock"}],
    "spentCents": 180000})

event("product.stock.changed", "product", "Authoritative stock and sold count of a product.", [
    ("productId", ident(), R), ("version", integer(0), R),
    ("stockAvailable", dict(nullable(integer(0)), description="null = unlimited; the key is required"), R),
    ("totalSold", integer(0), R),
], {"productId": "prod_8H2kQ", "version": 8, "stockAvailable": 0, "totalSold": 131})

event("wave.completed", "wave", "A wave's final accounting.", [
    ("waveId", ident(), R), ("budgetCents", integer(0), R), ("spentCents", integer(0), R),
    ("retainedCents", integer(0), R), ("passes", integer(0), R), ("productsBought", integer(0), R),
    ("perCompany", array(obj([("companyId", ident(), R), ("spentCents", integer(0), R)])), R),
    ("flaggedCount", integer(0), R),
], {"waveId": "wave-2026-11-23-a", "budgetCents": 5000000, "spentCents": 4999500, "retainedCents": 500,
    "passes": 2, "productsBought": 40,
    "perCompany": [{"companyId": "comp_41", "spentCents": 2500000}, {"companyId": "comp_7", "spentCents": 2499500}],
    "flaggedCount": 1})

event("review.flagged", ("product", "company", "buyer"), "An exploit suspicion for the ops review queue.", [
    ("entityType", enum("PRODUCT", "COMPANY", "BUYER"), R), ("entityId", ident(), R), ("reason", ident(), R),
    ("waveId", ident(), O), ("detail", text(), R),
], {"entityType": "COMPANY", "entityId": "comp_99", "reason": "self_sell", "waveId": "wave-2026-11-23-a",
    "detail": "Buyer buyer_12 is linked to the selling company"})

event("wave.rollback.requested", "wave", "Ops asks to reverse every sale of a wave.", [
    ("waveId", ident(), R), ("requestedBy", text(), R), ("reason", text(), R),
], {"waveId": "wave-2026-11-23-a", "requestedBy": "ops:alice", "reason": "Budget misconfigured"})

event("wave.rolled_back", "wave", "What a wave rollback reversed.", [
    ("waveId", ident(), R), ("reversedSales", integer(0), R), ("restockedUnits", integer(0), R),
    ("debitedCents", integer(0), R),
], {"waveId": "wave-2026-11-23-a", "reversedSales": 40, "restockedUnits": 512, "debitedCents": 4999500})

event("warehouse.building.upserted", "warehouse", "A warehouse, its owner and market zone.", [
    ("warehouseBuildingId", ident(), R), ("companyId", ident(), R),
    ("marketZone", dict(nullable(ident()), description="null or absent = USA"), O),
], {"warehouseBuildingId": "wh_12", "companyId": "c1", "marketZone": "EU"})

event("warehouse.listing.upserted", "warehouse", "A showcase listing in a warehouse.", [
    ("listingId", ident(), R), ("companyId", ident(), R), ("warehouseBuildingId", ident(), R),
    ("productTemplateId", ident(), R), ("playerProductId", ident(), R),
    ("salePriceCents", dict(nullable(integer(0)), description="null or absent: the list price applies"), O),
    ("listPriceCents", integer(0), R), ("status", open_enum("LISTED", "PAUSED"), R), ("createdAt", dt(), R),
], {"listingId": "lst_301", "companyId": "c1", "warehouseBuildingId": "wh_12", "productTemplateId": "t1",
    "playerProductId": "pp_88", "salePriceCents": 4500, "listPriceCents": 4999, "status": "LISTED",
    "createdAt": "2026-11-20T14:02:33.000Z"})

event("warehouse.inventory.adjusted", "warehouse", "Stock on hand of a template in a warehouse.", [
    ("warehouseBuildingId", ident(), R), ("productTemplateId", ident(), R), ("qtyOnHand", integer(0), R),
    ("avgUnitCostCents", integer(0), R),
], {"warehouseBuildingId": "wh_12", "productTemplateId": "t1", "qtyOnHand": 25, "avgUnitCostCents": 2100})

event("catalog.template.upserted", "template", "A product template's demand facts.", [
    ("productTemplateId", ident(), R), ("categoryL3Id", ident(), R), ("productQuality", QUALITY, R),
    ("suggestedSalePriceCents", integer(0), R), ("seasonScenarioDefinitionId", ident(), O),
    ("productSeason", text(), O),
], {"productTemplateId": "t1", "categoryL3Id": "cat_l3_jackets", "productQuality": "PREMIUM",
    "suggestedSalePriceCents": 5000, "seasonScenarioDefinitionId": "season_winter", "productSeason": "WINTER"})

event("catalog.category.upserted", "category", "A node of the category tree.", [
    ("categoryId", ident(), R), ("level", enum("L1", "L2", "L3"), R), ("parentId", ident(), O),
], {"categoryId": "cat_l3_jackets", "level": "L3", "parentId": "cat_l2_outerwear"})

event("demand.band.upserted", "category", "Daily demand for a category, quality and tier range.", [
    ("bandId", ident(), R), ("categoryId", ident(), R), ("productQuality", QUALITY, R),
    ("tierMin", integer(1), R), ("tierMax", integer(1), R), ("minDaily", integer(0), R),
    ("maxDaily", integer(0), R), ("expectedMode", integer(0), O), ("isActive", boolean(), R),
], {"bandId": "band_17", "categoryId": "cat_l3_jackets", "productQuality": "PREMIUM", "tierMin": 1,
    "tierMax": 3, "minDaily": 1, "maxDaily": 4, "expectedMode": 2, "isActive": True})

event("market.price_index.updated", "zone", "A market zone's price multiplier.", [
    ("marketZone", ident(), R), ("multiplier", number(exclusive_minimum=0), R), ("isActive", boolean(), R),
], {"marketZone": "EU", "multiplier": 1.1, "isActive": True})

event("market.season_scenario.upserted", "season", "Weekly season scores of a scenario in a zone.", [
    ("definitionId", ident(), R), ("marketZone", ident(), R), ("weeks", array(number(0, 100)), R),
    ("isActive", boolean(), R),
], {"definitionId": "season_winter", "marketZone": "EU",
    "weeks": [100, 100, 90, 80, 60, 40, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
              0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 20, 30, 45, 60, 70, 80, 90, 95, 100, 100, 100, 100, 100, 100, 100],
    "isActive": True})

event("warehouse.metric.updated", "warehouse", "A building metric (SALES_COUNT gives the demand tier).", [
    ("warehouseBuildingId", ident(), R), ("metricType", open_enum("SALES_COUNT"), R),
    ("currentLevel", number(0), R),
], {"warehouseBuildingId": "wh_12", "metricType": "SALES_COUNT", "currentLevel": 2.5})

event("warehouse.day.tick", "warehouse", "Generate one warehouse's orders for a day.", [
    ("companyId", ident(), R), ("warehouseBuildingId", ident(), R), ("dayKey", day(), R),
], {"companyId": "c1", "warehouseBuildingId": "wh_12", "dayKey": "2026-11-23"})

REASONS = obj([
    ("baseDesired", integer(0), R), ("expectedUnits", integer(0), R),
    ("priceIndex", number(exclusive_minimum=0), R), ("priceMultiplier", number(0, 1.3), R),
    ("seasonScore", number(0, 100), R), ("tierUsed", integer(1, 5), R), ("bandMatched", boolean(), R),
    ("resolvedBandCategoryId", dict(nullable(ident()), description="null when no band matched; the key is required"), R),
    ("blockedByPrice", boolean(), R), ("blockedBySeason", boolean(), R), ("missingSeasonScenario", boolean(), O),
], "The seed's reasonsSnapshot.")

event("warehouse.order.created", "warehouse", "The day's customer order of one warehouse.", [
    ("orderId", ident(), R), ("companyId", ident(), R), ("warehouseBuildingId", ident(), R), ("dayKey", day(), R),
    ("items", array(obj([
        ("orderItemId", ident(), R), ("listingId", ident(), R), ("productTemplateId", ident(), R),
        ("playerProductId", ident(), R), ("qtyOrdered", integer(1), R), ("salePriceCents", integer(0), R),
        ("expectedUnits", integer(0), R), ("reasons", REASONS, R),
    ]), 1), R),
], {"orderId": "ord_wh_12_2026-11-23", "companyId": "c1", "warehouseBuildingId": "wh_12", "dayKey": "2026-11-23",
    "items": [{"orderItemId": "ord_wh_12_2026-11-23:0", "listingId": "lst_301", "productTemplateId": "t1",
               "playerProductId": "pp_88", "qtyOrdered": 2, "salePriceCents": 4500, "expectedUnits": 2,
               "reasons": {"baseDesired": 2, "expectedUnits": 2, "priceIndex": 0.8181818181818182,
                           "priceMultiplier": 1.1909090909090907, "seasonScore": 100, "tierUsed": 2,
                           "bandMatched": True, "resolvedBandCategoryId": "cat_l3_jackets",
                           "blockedByPrice": False, "blockedBySeason": False}}]})

event("warehouse.listing.paused", "warehouse", "A listing ran out of stock.", [
    ("listingId", ident(), R), ("warehouseBuildingId", ident(), R), ("reason", enum("OUT_OF_STOCK"), R),
    ("dayKey", day(), R),
], {"listingId": "lst_302", "warehouseBuildingId": "wh_12", "reason": "OUT_OF_STOCK", "dayKey": "2026-11-23"})

event("warehouse.day.completed", "warehouse", "The outcome of one warehouse day tick.", [
    ("warehouseBuildingId", ident(), R), ("dayKey", day(), R), ("orderId", ident(), O),
    ("listingsConsidered", integer(0), R), ("itemsOrdered", integer(0), R), ("unitsOrdered", integer(0), R),
    ("blockedByPrice", integer(0), R), ("blockedBySeason", integer(0), R), ("paused", integer(0), R),
    ("skippedAsDuplicate", boolean(), R),
], {"warehouseBuildingId": "wh_12", "dayKey": "2026-11-23", "orderId": "ord_wh_12_2026-11-23",
    "listingsConsidered": 3, "itemsOrdered": 1, "unitsOrdered": 2, "blockedByPrice": 0, "blockedBySeason": 1,
    "paused": 1, "skippedAsDuplicate": False})

event("selection.period.opened", "period", "Students may rank the period's topics.", [
    ("periodId", ident(), R), ("title", text(), R), ("opensAt", dt(), R), ("closesAt", dt(), O),
], {"periodId": "period_2027_spring", "title": "Bachelor theses, spring 2027",
    "opensAt": "2026-12-01T08:00:00.000Z", "closesAt": "2027-01-15T23:59:59.000Z"})

event("topic.created", "topic", "A topic students can rank.", [
    ("topicId", ident(), R), ("periodId", ident(), R), ("title", text(), R), ("capacity", integer(1), R),
], {"topicId": "topic_ml_01", "periodId": "period_2027_spring", "title": "Federated learning on edge devices",
    "capacity": 2})

event("student.registered", "student", "A student joins the school system.", [
    ("studentId", ident(), R), ("periodId", ident(), O),
], {"studentId": "stu_1042", "periodId": "period_2027_spring"})

event("rankings.batch.updated", "student", "A student's ranking changes, applied all or nothing.", [
    ("studentId", ident(), R), ("periodId", ident(), R), ("sessionId", text(), R),
    ("updates", array(obj([
        ("topicId", ident(), R),
        ("position", dict(nullable(integer(1)), description="1-based; null withdraws the ranking; the key is required"), R),
    ]), 1), R),
], {"studentId": "stu_1042", "periodId": "period_2027_spring", "sessionId": "web-5f1d",
    "updates": [{"topicId": "topic_ml_01", "position": 1}, {"topicId": "topic_db_03", "position": 2},
                {"topicId": "topic_os_02", "position": None}]})

event("rankings.undo.requested", "student", "Revert the student's most recent ranking batch.", [
    ("studentId", ident(), R), ("periodId", ident(), R),
], {"studentId": "stu_1042", "periodId": "period_2027_spring"})

event("selection.period.closed", "period", "Rankings are final.", [
    ("periodId", ident(), R), ("closedAt", dt(), R),
], {"periodId": "period_2027_spring", "closedAt": "2027-01-16T00:00:00.000Z"})

event("topic.metrics.calculated", "topic", "A topic's congestion metrics.", [
    ("topicId", ident(), R), ("periodId", ident(), R), ("studentCount", integer(0), R),
    ("sumOfPositions", integer(0), R), ("averagePosition", number(0), R), ("standardDeviation", number(0), R),
    ("distribution", array(integer(0)), R), ("percentile", number(0, 100), R),
    ("competitionCategory", enum("VERY_HIGH", "HIGH", "MEDIUM", "LOW"), R), ("calculatedAt", dt(), R),
], {"topicId": "topic_ml_01", "periodId": "period_2027_spring", "studentCount": 4, "sumOfPositions": 7,
    "averagePosition": 1.75, "standardDeviation": 0.82915619758885, "distribution": [2, 1, 1, 0, 0],
    "percentile": 87.5, "competitionCategory": "VERY_HIGH", "calculatedAt": "2026-12-03T09:41:07.250Z"})

event("assignment.computed", "period", "An optimal student-to-topic assignment.", [
    ("periodId", ident(), R), ("algorithm", open_enum("HUNGARIAN"), R),
    ("assignments", array(obj([("studentId", ident(), R), ("topicId", ident(), R), ("position", integer(1), R)])), R),
    ("unassignedStudentIds", array(ident()), R), ("totalCost", integer(0), R), ("rankProfile", array(integer(0)), R),
], {"periodId": "period_2027_spring", "algorithm": "HUNGARIAN",
    "assignments": [{"studentId": "stu_1042", "topicId": "topic_ml_01", "position": 1},
                    {"studentId": "stu_1043", "topicId": "topic_db_03", "position": 2}],
    "unassignedStudentIds": ["stu_1044"], "totalCost": 3, "rankProfile": [1, 1]})

# The producer of each type (EVENTS.md), as the example's CloudEvents source.
PRODUCERS = {
    "user.upserted": "auth", "brick.listed": "catalog", "vote.intent.submitted": "web",
    "vote.recorded": "voting", "vote.rejected": "voting", "xp.awarded": "voting", "brick.recheck.requested": "ops",
    "brick.state.updated": "pricing", "brick.price.moved": "pricing", "brick.cycle.reset": "pricing",
    "brick.freeze.changed": "pricing", "brick.price.closed": "pricing", "catalog.product.upserted": "catalog",
    "catalog.company.upserted": "catalog", "buyer.linked": "auth", "company.refunds.reported": "payments",
    "wave.requested": "scheduler", "wave.planned": "wave-planning", "purchase.batch.requested": "wave-planning",
    "purchase.batch.executed": "purchase-execution", "product.stock.changed": "purchase-execution",
    "wave.completed": "wave-planning", "review.flagged": "wave-planning", "wave.rollback.requested": "ops",
    "wave.rolled_back": "purchase-execution", "warehouse.building.upserted": "game",
    "warehouse.listing.upserted": "game", "warehouse.inventory.adjusted": "game", "catalog.template.upserted": "game",
    "catalog.category.upserted": "game", "demand.band.upserted": "game-design", "market.price_index.updated": "game",
    "market.season_scenario.upserted": "game", "warehouse.metric.updated": "game", "warehouse.day.tick": "game-clock",
    "warehouse.order.created": "warehouse-orders", "warehouse.listing.paused": "warehouse-orders",
    "warehouse.day.completed": "warehouse-orders", "selection.period.opened": "school",
    "topic.created": "school", "student.registered": "school", "rankings.batch.updated": "web",
    "rankings.undo.requested": "web", "selection.period.closed": "school",
    "topic.metrics.calculated": "ranking-metrics", "assignment.computed": "ranking-metrics",
}
SUBJECT_KEYS = {"user": "userId", "brick": "brickId", "product": "productId", "company": "companyId",
                "wave": "waveId", "warehouse": "warehouseBuildingId", "template": "productTemplateId",
                "category": "categoryId", "zone": "marketZone", "season": "definitionId", "period": "periodId",
                "topic": "topicId", "student": "studentId"}


def schema_for(name, subject, description, fields):
    prefixes = subject if isinstance(subject, tuple) else (subject,)
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": name,
        "description": f"CloudEvents 1.0 structured JSON event `{name}`: {description} "
                       "Consumers must accept added properties in the envelope and in data.",
        "type": "object",
        "required": ["specversion", "id", "source", "type", "time", "subject", "data"],
        "properties": {
            "specversion": {"const": "1.0"},
            "id": dict(uuid(), description="Unique per event; every inbox's deduplication key."),
            "source": {"type": "string", "minLength": 1, "description": "urn:market:<service> for this project."},
            "type": {"const": name, "description": "Also the AMQP routing key."},
            "time": dt(),
            "subject": {"type": "string", "pattern": "^(" + "|".join(prefixes) + ")/.+$"},
            "datacontenttype": {"const": "application/json"},
            "correlationid": {"type": "string", "minLength": 1},
            "causationid": uuid(),
            "traceparent": {"type": "string", "pattern": "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"},
            "data": obj(fields),
        },
        "additionalProperties": True,
    }


def example_for(index, name, subject, data):
    prefix = data["entityType"].lower() if isinstance(subject, tuple) else subject
    key = "entityId" if isinstance(subject, tuple) else SUBJECT_KEYS[subject]
    event_doc = {
        "specversion": "1.0",
        "id": f"7d9b2a8e-5c1f-4f0e-9a57-{index:012x}",
        "source": "urn:market:" + PRODUCERS[name],
        "type": name,
        "time": "2026-11-23T10:15:02.123Z",
        "subject": f"{prefix}/{data[key]}",
        "datacontenttype": "application/json",
        "data": data,
    }
    if index % 3 == 0:  # some examples show the optional trace attributes
        event_doc["correlationid"] = "3b6f1c2d-8e9a-4b0c-9d1e-2f3a4b5c6d7e"
        event_doc["causationid"] = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
        event_doc["traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    return event_doc


# Which types each service binds (EVENTS.md "consumers"), and which it publishes.
CONSUMES = {
    "voting": ["user.upserted", "brick.listed", "vote.intent.submitted", "brick.state.updated",
               "brick.cycle.reset", "brick.freeze.changed"],
    "pricing": ["brick.listed", "vote.recorded", "brick.recheck.requested"],
    "wave-planning": ["catalog.product.upserted", "catalog.company.upserted", "buyer.linked",
                      "company.refunds.reported", "wave.requested", "purchase.batch.executed",
                      "product.stock.changed", "wave.rolled_back"],
    "purchase-execution": ["catalog.product.upserted", "catalog.company.upserted", "buyer.linked",
                           "purchase.batch.requested", "wave.rollback.requested"],
    "warehouse-orders": ["warehouse.building.upserted", "warehouse.listing.upserted", "warehouse.inventory.adjusted",
                         "catalog.template.upserted", "catalog.category.upserted", "demand.band.upserted",
                         "market.price_index.updated", "market.season_scenario.upserted",
                         "warehouse.metric.updated", "warehouse.day.tick"],
    "ranking-metrics": ["selection.period.opened", "topic.created", "student.registered", "rankings.batch.updated",
                        "rankings.undo.requested", "selection.period.closed"],
}
PUBLISHES = {
    "voting": ["vote.intent.submitted", "vote.recorded", "vote.rejected", "xp.awarded"],
    "pricing": ["brick.state.updated", "brick.price.moved", "brick.cycle.reset", "brick.freeze.changed",
                "brick.price.closed"],
    "wave-planning": ["wave.planned", "purchase.batch.requested", "wave.completed", "review.flagged"],
    "purchase-execution": ["purchase.batch.executed", "product.stock.changed", "review.flagged", "wave.rolled_back"],
    "warehouse-orders": ["warehouse.order.created", "warehouse.listing.paused", "warehouse.day.completed"],
    "ranking-metrics": ["topic.metrics.calculated", "assignment.computed"],
}
DELIVERY_LIMIT = 5


def camel(name):
    parts = name.replace(".", "-").replace("_", "-").split("-")
    return parts[0] + "".join(part[:1].upper() + part[1:] for part in parts[1:])


def asyncapi():
    exchange = {"name": "market.events", "type": "topic", "durable": True, "autoDelete": False, "vhost": "market"}
    dlx = {"name": "market.dlx", "type": "direct", "durable": True, "autoDelete": False, "vhost": "market"}
    messages = {
        name: {
            "name": name,
            "title": name,
            "summary": TYPES[name][1],
            "contentType": "application/cloudevents+json",
            "payload": {"schemaFormat": "application/schema+json;version=draft-07",
                        "schema": {"$ref": f"./events/{name}.json"}},
            "bindings": {"amqp": {"deliveryMode": 2, "bindingVersion": "0.3.0"}},
            "examples": [{"name": "example", "summary": f"See ./examples/{name}.json"}],
        } for name in sorted(TYPES)
    }
    channels = {"marketEvents": {
        "address": "{eventType}",
        "description": "The market.events topic exchange; the routing key is the CloudEvents type.",
        "parameters": {"eventType": {"enum": sorted(TYPES), "description": "The CloudEvents type."}},
        "messages": {name: {"$ref": f"#/components/messages/{name}"} for name in sorted(TYPES)},
        "bindings": {"amqp": {"is": "routingKey", "exchange": exchange, "bindingVersion": "0.3.0"}},
    }}
    operations = {}
    for service, consumed in CONSUMES.items():
        queue = camel(service) + "Queue"
        channels[queue] = {
            "address": service,
            "description": f"{service}'s durable quorum queue, bound to market.events by event type.",
            "messages": {name: {"$ref": f"#/components/messages/{name}"} for name in consumed},
            "bindings": {"amqp": {"is": "queue", "queue": {
                "name": service, "durable": True, "exclusive": False, "autoDelete": False, "vhost": "market"},
                "bindingVersion": "0.3.0"}},
            "x-queue-arguments": {"x-queue-type": "quorum", "x-delivery-limit": DELIVERY_LIMIT,
                                  "x-dead-letter-exchange": "market.dlx", "x-dead-letter-routing-key": service},
            "x-bindings": [{"exchange": "market.events", "routingKey": name} for name in consumed],
        }
        channels[camel(service) + "DeadLetters"] = {
            "address": f"{service}.dlq",
            "description": f"Messages {service} could not decode, validate or handle within the delivery limit; "
                           "bound to market.dlx with the routing key " + service + ".",
            "messages": {name: {"$ref": f"#/components/messages/{name}"} for name in consumed},
            "bindings": {"amqp": {"is": "queue", "queue": {
                "name": f"{service}.dlq", "durable": True, "exclusive": False, "autoDelete": False, "vhost": "market"},
                "bindingVersion": "0.3.0"}},
            "x-queue-arguments": {"x-queue-type": "quorum"},
            "x-bindings": [{"exchange": "market.dlx", "routingKey": service}],
        }
        operations[camel(service) + "Receive"] = {
            "action": "receive",
            "channel": {"$ref": f"#/channels/{queue}"},
            "summary": f"{service} consumes its queue in batches, acking after commit.",
            "messages": [{"$ref": f"#/channels/{queue}/messages/{name}"} for name in consumed],
            "bindings": {"amqp": {"ack": True, "bindingVersion": "0.3.0"}},
        }
        operations[camel(service) + "Send"] = {
            "action": "send",
            "channel": {"$ref": "#/channels/marketEvents"},
            "summary": f"{service} publishes from its outbox with publisher confirms.",
            "messages": [{"$ref": f"#/channels/marketEvents/messages/{name}"} for name in PUBLISHES[service]],
            "bindings": {"amqp": {"deliveryMode": 2, "mandatory": True, "bindingVersion": "0.3.0"}},
        }
    produced = {name for names in PUBLISHES.values() for name in names}
    operations["externalSend"] = {
        "action": "send",
        "channel": {"$ref": "#/channels/marketEvents"},
        "summary": "Inputs from other systems (catalog, auth, game, school, schedulers, ops).",
        "messages": [{"$ref": f"#/channels/marketEvents/messages/{name}"} for name in sorted(TYPES)
                     if name not in produced or name == "vote.intent.submitted"],
    }
    channels["deadLetterExchange"] = {
        "address": "{service}",
        "description": "The market.dlx direct exchange; the routing key is the service's queue name.",
        "parameters": {"service": {"enum": sorted(CONSUMES)}},
        "bindings": {"amqp": {"is": "routingKey", "exchange": dlx, "bindingVersion": "0.3.0"}},
    }
    return {
        "asyncapi": "3.0.0",
        "info": {"title": "Market events", "version": "1.0.0",
                 "description": "CloudEvents 1.0 structured JSON over RabbitMQ. EVENTS.md is the catalog; "
                                "schemas/events/*.json are the exact message schemas."},
        "defaultContentType": "application/cloudevents+json",
        "servers": {"local": {"host": "127.0.0.1:55672", "protocol": "amqp", "pathname": "/market",
                              "description": "The broker scripts/infra.sh starts."}},
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages},
    }


def write(path, value):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def main():
    for index, (name, (subject, description, fields, example)) in enumerate(sorted(TYPES.items()), start=1):
        write(ROOT / "schemas" / "events" / f"{name}.json", schema_for(name, subject, description, fields))
        write(ROOT / "schemas" / "examples" / f"{name}.json", example_for(index, name, subject, example))
    header = "# Generated by scripts/generate-schemas.py; edit the tables there, not this file.\n"
    text = yaml.safe_dump(asyncapi(), sort_keys=False, width=120, allow_unicode=True)
    (ROOT / "schemas" / "asyncapi.yaml").write_text(header + text)
    print(f"generated {len(TYPES)} schemas and examples, and asyncapi.yaml")


if __name__ == "__main__":
    main()
