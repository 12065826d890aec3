using Dapper;
using Npgsql;
using Serilog;
using Trader.Database.Migrations;

namespace Trader.Database.Postgres;

/// <summary>
/// Brings a PostgreSQL database to the latest schema. Safe when many processes start at once: the pending steps run
/// in one transaction that first takes a transaction-scoped advisory lock and then re-reads <c>schema_version</c>,
/// so exactly one process applies each step and the others, let in after its commit, find nothing left to do.
/// PostgreSQL's DDL is transactional, so a failed step leaves the schema as it was.
/// </summary>
internal sealed class PostgresMigrationRunner(PostgresExecutor executor, IReadOnlyList<Migration> migrations, TimeProvider clock, ILogger log)
{
    // Any fixed 64-bit number, the same in every process: the advisory lock that serializes migrations.
    private const long MigrationLock = 0x7472616465720001;   // "trader" + 1

    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_ms bigint NOT NULL)";

    /// <summary>Applies pending migrations; returns the schema version the database is at afterwards.</summary>
    public async Task<int> MigrateAsync(CancellationToken ct)
    {
        int latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        // Fast path without the lock: most opens find the schema current.
        int current = await executor.ReadAsync("read the schema version", connection => ReadVersionAsync(connection, null), ct).ConfigureAwait(false);
        CheckNotNewer(current, latest);
        if (current == latest) return current;

        return await executor.WriteAsync("apply schema migrations", async (connection, transaction) =>
        {
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@MigrationLock)", new { MigrationLock }, transaction).ConfigureAwait(false);
            await connection.ExecuteAsync(CreateVersionTable, transaction: transaction).ConfigureAwait(false);
            int version = await ReadVersionAsync(connection, transaction).ConfigureAwait(false);   // another process may have migrated meanwhile
            CheckNotNewer(version, latest);
            foreach (var migration in migrations.Where(m => m.Version > version))
            {
                await connection.ExecuteAsync(migration.Sql, transaction: transaction).ConfigureAwait(false);
                await connection.ExecuteAsync("INSERT INTO schema_version (version, name, applied_ms) VALUES (@Version, @Name, @AppliedMs)",
                    new { migration.Version, migration.Name, AppliedMs = clock.GetUtcNow().ToUnixTimeMilliseconds() }, transaction).ConfigureAwait(false);
                log.Information("Applied database migration {Version} {Name} to {Url}", migration.Version, migration.Name, executor.Url.ToString());
            }
            return latest;
        }, ct).ConfigureAwait(false);
    }

    private static async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        bool exists = await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('schema_version') IS NOT NULL", transaction: transaction).ConfigureAwait(false);
        return exists ? await connection.ExecuteScalarAsync<int>("SELECT coalesce(max(version), 0) FROM schema_version", transaction: transaction).ConfigureAwait(false) : 0;
    }

    private void CheckNotNewer(int version, int latest)
    {
        if (version > latest)
            throw new DatabaseException(
                $"The database {executor.Url} has schema version {version}, newer than this program knows ({latest}). Upgrade this program before using that database.");
    }
}
