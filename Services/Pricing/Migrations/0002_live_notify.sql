-- Live updates (WebSocket /api/bricks/{id}/live): every committed change of a brick's state NOTIFYs
-- the brick id on channel <schema>_live, whoever wrote it (consumer, jobs, replay) and whichever replica
-- serves the subscriber. PostgreSQL delivers on commit and folds identical notifications of one
-- transaction, so a batch wakes each replica once per brick it touched.
CREATE FUNCTION notify_brick_state_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_TABLE_SCHEMA || '_live', brick_id::text) FROM changed;
    RETURN NULL;
END
$$;

CREATE TRIGGER brick_state_inserted AFTER INSERT ON brick_price_state
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_brick_state_change();
CREATE TRIGGER brick_state_updated AFTER UPDATE ON brick_price_state
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notify_brick_state_change();
