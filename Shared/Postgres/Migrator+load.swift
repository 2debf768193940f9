import Foundation

extension Migrator {
    /// Reads every `NNNN_name.sql` file of `directory` (other files are ignored), sorted by number.
    ///
    /// Throws a ``PostgresError`` of kind `.migration` naming the file for a `.sql` file with a bad name, a
    /// duplicate number, a gap in the numbering (which must run 1, 2, 3 …) or unreadable contents.
    public static func load(directory: URL) throws -> [Migration] {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw PostgresError(.migration, "cannot list migrations in \(directory.path): \(error)")
        }
        var migrations: [Migration] = []
        for file in files where file.hasSuffix(".sql") {
            guard let (version, name) = parse(fileName: file) else {
                throw PostgresError(
                    .migration, "migration file \(file) is not named NNNN_name.sql (digits, underscore, [A-Za-z0-9_])")
            }
            guard let sql = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8) else {
                throw PostgresError(.migration, "migration file \(file) cannot be read as UTF-8")
            }
            migrations.append(Migration(version: version, name: name, sql: sql))
        }
        migrations.sort { $0.version < $1.version }
        try validate(migrations)
        return migrations
    }

    /// Refuses duplicates and gaps: versions must be exactly 1, 2, 3 … in order.
    static func validate(_ migrations: [Migration]) throws(PostgresError) {
        for (index, migration) in migrations.enumerated() where migration.version != index + 1 {
            if index > 0, migrations[index - 1].version == migration.version {
                throw PostgresError(
                    .migration,
                    "duplicate migration number: \(migrations[index - 1].fileName) and \(migration.fileName)")
            }
            throw PostgresError(
                .migration,
                "migration numbers must run 1, 2, 3 … without gaps or disorder: expected \(index + 1) at \(migration.fileName)")
        }
    }

    /// `0007_add_index.sql` → (7, "add_index").
    static func parse(fileName: String) -> (Int, String)? {
        guard fileName.hasSuffix(".sql") else { return nil }
        let stem = fileName.dropLast(4)
        guard let underscore = stem.firstIndex(of: "_") else { return nil }
        let digits = stem[..<underscore]
        let name = stem[stem.index(after: underscore)...]
        guard digits.count >= 4, digits.count <= 9, digits.allSatisfy(\.isASCII), let version = Int(digits),
            !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else { return nil }
        return (version, String(name))
    }
}
