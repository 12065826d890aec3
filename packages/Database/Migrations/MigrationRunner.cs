using Dapper;
using Microsoft.Data.Sqlite;
using Serilog;

namespace Trader.Database.Migrations;

/// <summary>
/// Brings a database to the latest schema. Safe when several processes open the same file at once: the
/// pending steps run inside one <c>BEGIN IMMEDIATE</c> transaction that re-reads <c>schema_version</c> after
/// taking the write lock, so exactly one process applies each step and the others find nothing left to do.
/// </summary>
internal sealed class MigrationRunner(SqliteExecutor executor, IReadOnlyList<Migration> migrations, TimeProvider clock, ILogger log)
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_ms INTEGER NOT NULL)";

    /// <summary>Applies pending migrations; returns the schema version the database is at afterwards.</summary>
    public async Task<int> MigrateAsync(CancellationToken ct)
    {
        int latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        // Fast path without the write lock: most opens find the schema current.
        int current = await executor.ReadAsync("read the schema version", connection => ReadVersion(connection, null), ct).ConfigureAwait(false);
        CheckNotNewer(current, latest);
        if (current == latest) return current;

        return await executor.WriteAsync("apply schema migrations", (connection, transaction) =>
        {
            connection.Execute(CreateVersionTable, transaction: transaction);
            int version = ReadVersion(connection, transaction);   // another process may have migrated meanwhile
            CheckNotNewer(version, latest);
            foreach (var migration in migrations.Where(m => m.Version > version))
            {
                connection.Execute(migration.Sql, transaction: transaction);
                connection.Execute("INSERT INTO schema_version (version, name, applied_ms) VALUES (@Version, @Name, @AppliedMs)",
                    new { migration.Version, migration.Name, AppliedMs = clock.GetUtcNow().ToUnixTimeMilliseconds() }, transaction);
                log.Information("Applied database migration {Version} {Name} to {Path}", migration.Version, migration.Name, executor.FilePath);
            }
            return latest;
        }, ct).ConfigureAwait(false);
    }

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        bool exists = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", transaction: transaction) > 0;
        return exists ? (int)connection.ExecuteScalar<long>("SELECT coalesce(max(version), 0) FROM schema_version", transaction: transaction) : 0;
    }

    private void CheckNotNewer(int version, int latest)
    {
        if (version > latest)
            throw new DatabaseException(
                $"The database {executor.FilePath} has schema version {version}, newer than this program knows ({latest}). Upgrade this program before using that database.");
    }
}
