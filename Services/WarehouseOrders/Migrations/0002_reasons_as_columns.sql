-- The reasons snapshot (seed §1, D002-20) is stored as typed columns of the sales log row, once.
--
-- Building a jsonb document per ordered listing, twice (sales log and order item), was a third of a
-- 10,000-listing tick's writes. Three of its fields are already columns (expected_units, price_index,
-- season_score, equal by construction); the other eight get their own. The API assembles the seed's
-- object from them, keys and null handling unchanged.
--
-- An order item's reasons are those of its listing's sales log row of the order's day: the same tick
-- writes both (one item and one row per listing that ordered), and a day is ticked once (D002-05).
ALTER TABLE daily_product_sales_log
    ADD COLUMN base_desired bigint,
    ADD COLUMN price_multiplier double precision,
    ADD COLUMN tier_used bigint,
    ADD COLUMN band_matched boolean,
    ADD COLUMN resolved_band_category_id text,
    ADD COLUMN blocked_by_price boolean,
    ADD COLUMN blocked_by_season boolean,
    ADD COLUMN missing_season_scenario boolean;

UPDATE daily_product_sales_log SET
    base_desired = (reasons_snapshot ->> 'baseDesired')::bigint,
    price_multiplier = (reasons_snapshot ->> 'priceMultiplier')::double precision,
    tier_used = (reasons_snapshot ->> 'tierUsed')::bigint,
    band_matched = (reasons_snapshot ->> 'bandMatched')::boolean,
    resolved_band_category_id = reasons_snapshot ->> 'resolvedBandCategoryId',
    blocked_by_price = (reasons_snapshot ->> 'blockedByPrice')::boolean,
    blocked_by_season = (reasons_snapshot ->> 'blockedBySeason')::boolean,
    missing_season_scenario = COALESCE((reasons_snapshot ->> 'missingSeasonScenario')::boolean, false);

ALTER TABLE daily_product_sales_log
    ALTER COLUMN base_desired SET NOT NULL,
    ALTER COLUMN price_multiplier SET NOT NULL,
    ALTER COLUMN tier_used SET NOT NULL,
    ALTER COLUMN band_matched SET NOT NULL,
    ALTER COLUMN blocked_by_price SET NOT NULL,
    ALTER COLUMN blocked_by_season SET NOT NULL,
    ALTER COLUMN missing_season_scenario SET NOT NULL,
    DROP COLUMN reasons_snapshot;

ALTER TABLE order_item DROP COLUMN reasons_snapshot;
