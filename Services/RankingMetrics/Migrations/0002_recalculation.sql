-- D001-12: topics whose metrics need recalculating. The consumer adds them in the ranking
-- transaction; the recalculation job drains a period at most once per interval, so a burst of
-- batches costs one recalculation per period, not one per batch.
CREATE TABLE pending_recalculations (
    period_id text NOT NULL,
    topic_id  text NOT NULL,
    PRIMARY KEY (period_id, topic_id)
);

-- When the period's metrics were last recalculated (the debounce) and a counter that live-update
-- streams poll to notice a new snapshot, whichever replica produced it.
ALTER TABLE periods
    ADD COLUMN metrics_calculated_at timestamptz,
    ADD COLUMN metrics_version bigint NOT NULL DEFAULT 0;
