/// What a ``PostgresListener`` yields.
public enum ListenerEvent: Sendable, Equatable {
    /// A `NOTIFY` (or `pg_notify`) on one of the listened channels.
    case notification(channel: String, payload: String)
    /// LISTEN is active on a new connection: yielded after the first connect and after every reconnect.
    /// Notifications sent while no connection listened are lost, so poll for missed work when this arrives.
    case reconnected
}
