/// The inbox and outbox tables every service schema has, applied by ServiceKit before the service's
/// own migrations (recorded in `servicekit_migrations`), so the mechanism is written once, here.
public enum MessagingTables {
    public static func migrationSQL(schema: SchemaName) -> String {
        """
        CREATE TABLE \(schema).inbox (
            event_id    text PRIMARY KEY,
            event_type  text NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE \(schema).outbox (
            id           bigserial PRIMARY KEY,
            event_id     text NOT NULL UNIQUE,
            event_type   text NOT NULL,
            body         text NOT NULL,
            created_at   timestamptz NOT NULL DEFAULT now(),
            lease_until  timestamptz,
            published_at timestamptz
        );
        -- The relay only ever looks for unpublished rows.
        CREATE INDEX outbox_pending ON \(schema).outbox (id) WHERE published_at IS NULL;
        """
    }
}
