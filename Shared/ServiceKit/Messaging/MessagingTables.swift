import Postgres

/// The inbox and outbox tables every service schema has, applied by ServiceKit before the service's
/// own migrations (recorded in `servicekit_migrations`), so the mechanism is written once, here.
public enum MessagingTables {
    /// Every version, oldest first.
    public static func migrations(schema: SchemaName) -> [Migration] {
        [
            Migration(version: 1, name: "inbox_outbox", sql: migrationSQL(schema: schema)),
            Migration(version: 2, name: "outbox_delete_when_published", sql: deleteWhenPublishedSQL(schema: schema)),
            Migration(version: 3, name: "outbox_lz4_bodies", sql: lz4BodiesSQL(schema: schema)),
            Migration(version: 4, name: "event_ids_collate_c", sql: eventIdsCollateCSQL(schema: schema)),
            Migration(version: 5, name: "outbox_event_ids_not_unique", sql: outboxEventIDsNotUniqueSQL(schema: schema)),
        ]
    }

    static func migrationSQL(schema: SchemaName) -> String {
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

    /// The relay deletes a row once the broker confirmed it, so the lease and published marks go.
    static func deleteWhenPublishedSQL(schema: SchemaName) -> String {
        """
        DELETE FROM \(schema).outbox WHERE published_at IS NOT NULL;
        DROP INDEX \(schema).outbox_pending;
        ALTER TABLE \(schema).outbox DROP COLUMN lease_until, DROP COLUMN published_at;
        """
    }

    /// Bodies over TOAST's threshold (2 kB) are compressed with lz4, not pglz: a row lives only until the
    /// broker confirms it, so compression buys no storage, and lz4 writes a 4 MB body (a 10,000-item
    /// order) in two fifths of pglz's time while still cutting the WAL it adds.
    static func lz4BodiesSQL(schema: SchemaName) -> String {
        "ALTER TABLE \(schema).outbox ALTER COLUMN body SET COMPRESSION lz4;"
    }

    /// Event ids are compared byte for byte (`COLLATE "C"`), not by the database's locale: the index of a
    /// batch's inbox claim is searched once per event, and a locale comparison (strcoll) made that insert
    /// a third slower. Equality, all the inbox and outbox ask of an id, is the same either way.
    static func eventIdsCollateCSQL(schema: SchemaName) -> String {
        """
        ALTER TABLE \(schema).inbox ALTER COLUMN event_id TYPE text COLLATE "C";
        ALTER TABLE \(schema).outbox ALTER COLUMN event_id TYPE text COLLATE "C";
        """
    }

    /// An outbox row's event id is not unique. The index only caught an id emitted twice while the first row
    /// still waited (once published and deleted, a second row went out anyway), and the relay publishes a row
    /// twice after a crash regardless: every consumer's inbox is what makes delivery effectively once. The
    /// index cost every emitted event a second index insert and, through `ON CONFLICT`, a search before it.
    static func outboxEventIDsNotUniqueSQL(schema: SchemaName) -> String {
        "ALTER TABLE \(schema).outbox DROP CONSTRAINT outbox_event_id_key;"
    }
}
