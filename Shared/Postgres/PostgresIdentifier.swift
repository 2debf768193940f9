/// Quoting of SQL identifiers (schema, table, column, channel names), the one place where names, never values,
/// become part of SQL text.
public enum PostgresIdentifier {
    /// `name` as a double-quoted identifier (`"Order ""x"""`): exact case, any characters but NUL.
    public static func quote(_ name: String) throws(PostgresError) -> String {
        guard !name.isEmpty, !name.utf8.contains(0) else {
            throw PostgresError(.invalidArgument, "\"\(name)\" is not a valid SQL identifier (empty or contains NUL)")
        }
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `schema.table` or `table`, each part quoted.
    public static func quoteQualified(_ name: String) throws(PostgresError) -> String {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw PostgresError(.invalidArgument, "\"\(name)\" has more than two dot-separated parts")
        }
        var quoted: [String] = []
        for part in parts { quoted.append(try quote(String(part))) }
        return quoted.joined(separator: ".")
    }
}
