using Microsoft.Data.Sqlite;
using Serilog;
using Trader.Domain;
using Trader.Database.Migrations;
using Trader.Database.Stores;

namespace Trader.Database;

/// <summary>
/// The shared SQLite database, opened for use by many processes at once: WAL journal, busy timeout, foreign keys,
/// <c>synchronous=FULL</c>, schema migrated to the latest version.
/// </summary>
/// <remarks>Thread-safe: every operation takes its own pooled connection. Dispose to release pooled file handles.</remarks>
public sealed class SqliteDatabase : TradingDatabase
{
    private readonly SqliteExecutor _executor;

    private SqliteDatabase(SqliteExecutor executor, int schemaVersion)
        : base(executor.FilePath, schemaVersion, new SqliteCandleStore(executor), new SqliteInstanceStore(executor), new SqliteOrderStore(executor),
            new SqliteFillStore(executor), new SqliteTradeStore(executor), new SqliteEquityStore(executor), new SqliteBacktestRunStore(executor),
            new SqliteRateLimitStore(executor), new SqliteControlStore(executor), new SqliteAlertStore(executor),
            new SqliteFundsReservationStore(executor),
            new SqliteExchangeStatsStore(executor)) =>
        _executor = executor;

    /// <summary>Full path of the database file.</summary>
    public string FilePath => _executor.FilePath;

    /// <summary>
    /// Opens (creating if missing, with its directory) the database at <paramref name="url"/>, switches it to WAL and
    /// applies pending migrations. Safe to call from many processes at the same moment.
    /// </summary>
    /// <exception cref="DatabaseException">
    /// The file is not a SQLite database or is corrupt, cannot be opened or written, has a newer schema than this
    /// program, or stayed locked through every retry. The message says which and what to do.
    /// </exception>
    public static Task<SqliteDatabase> OpenAsync(SqliteDatabaseUrl url, DatabaseOptions options, TimeProvider clock, ILogger log, CancellationToken ct) =>
        OpenAsync(url, options, Migration.Sqlite, clock, log, ct);

    internal static async Task<SqliteDatabase> OpenAsync(
        SqliteDatabaseUrl url, DatabaseOptions options, IReadOnlyList<Migration> migrations, TimeProvider clock, ILogger log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        log = log.ForContext<SqliteDatabase>();
        string path = Path.GetFullPath(url.FilePath);
        if (Directory.Exists(path))
            throw new DatabaseException($"DATABASE_URL points at the directory {path}; give the path of a database file inside it, e.g. {Path.Combine(path, "trading.db")}.");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseException($"Cannot create the directory for the database {path}: {e.Message}", e);
        }

        var executor = new SqliteExecutor(path, options, clock, log);
        await executor.ReadAsync("switch to WAL journal mode", connection =>
        {
            // WAL lets readers run while one process writes; the mode is stored in the file, so only the first open changes it.
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            if (string.Equals((string?)command.ExecuteScalar(), "wal", StringComparison.OrdinalIgnoreCase)) return true;
            command.CommandText = "PRAGMA journal_mode = WAL";
            string? mode = (string?)command.ExecuteScalar();
            return string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase)
                ? true
                : throw new DatabaseException(
                    $"Could not switch {path} to WAL journal mode (it stayed '{mode}'). Put the database on a local disk; network file systems do not support WAL.");
        }, ct).ConfigureAwait(false);

        int version = await new MigrationRunner(executor, migrations, clock, log).MigrateAsync(ct).ConfigureAwait(false);
        log.Debug("Opened database {Path} at schema version {Version}", path, version);
        return new SqliteDatabase(executor, version);
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c>; returns <c>ok</c> or SQLite's list of problems.</summary>
    public Task<string> CheckIntegrityAsync(CancellationToken ct) =>
        _executor.ReadAsync("check integrity", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read()) lines.Add(reader.GetString(0));
            return string.Join(Environment.NewLine, lines);
        }, ct);

    internal override Copy.ITableCopier Copier => new Copy.SqliteTableCopier(_executor);

    /// <inheritdoc/>
    public override void Dispose()
    {
        using var connection = new SqliteConnection(_executor.ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
