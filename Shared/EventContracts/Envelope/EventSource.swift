/// CloudEvents `source` values of this project's producers.
public enum EventSource {
    /// `urn:market:<service>`, e.g. `urn:market:voting`.
    public static func service(_ name: String) -> String { "urn:market:\(name)" }
}
