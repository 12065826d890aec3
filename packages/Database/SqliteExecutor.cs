using Microsoft.Data.Sqlite;
using Serilog;

namespace Trader.Database;

/// <summary>
/// Runs every database operation: opens a configured connection, wraps writes in <c>BEGIN IMMEDIATE</c>,
/// retries with back-off while another process holds the lock, and turns SQLite errors into
/// <see cref="DatabaseException"/>s that name the file and say what to do.
/// </summary>
internal sealed class SqliteExecutor
{
    // SQLITE_BUSY and SQLITE_LOCKED (primary codes; extended variants such as BUSY_SNAPSHOT share them).
    private const int Busy = 5;
    private const int Locked = 6;
    private const int Corrupt = 11;
    private const int CantOpen = 14;
    private const int Full = 13;
    private const int ReadOnly = 8;
    private const int NotADatabase = 26;

    private readonly string _connectionString;

    public string ConnectionString => _connectionString;
    private readonly string _configureSql;
    private readonly DatabaseOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;

    public SqliteExecutor(string filePath, DatabaseOptions options, TimeProvider clock, ILogger log)
    {
        SqliteRuntime.EnsureLoaded();
        FilePath = filePath;
        _options = options;
        _clock = clock;
        _log = log;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Microsoft.Data.Sqlite re-steps a busy statement until this many seconds pass; keep it no longer
            // than SQLite's own busy_timeout so that our back-off (with jitter) decides, not a fixed 150 ms poll.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();
        // Per-connection settings; a pooled connection keeps them, re-running them is cheap and covers new ones.
        // synchronous=FULL: in WAL mode a commit is on disk before Commit returns, so a filled order survives
        // a power cut too, at the price of one fsync per transaction (cheap at our write rates).
        _configureSql =
            $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;";
    }

    /// <summary>Full path of the database file.</summary>
    public string FilePath { get; }

    public DatabaseOptions Options => _options;

    /// <summary>Runs <paramref name="work"/> in one <c>BEGIN IMMEDIATE</c> transaction, retrying the whole transaction while busy.</summary>
    public Task<T> WriteAsync<T>(string operation, Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken ct) =>
        RunAsync(operation, connection =>
        {
            // deferred: false = BEGIN IMMEDIATE: take the write lock up front, so a transaction never has to
            // upgrade a read lock (the one case busy_timeout cannot wait out in WAL mode).
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = work(connection, transaction);
            transaction.Commit();
            return result;
        }, ct);

    /// <summary>Runs <paramref name="work"/> on a configured connection (reads see the last committed state).</summary>
    public Task<T> ReadAsync<T>(string operation, Func<SqliteConnection, T> work, CancellationToken ct) => RunAsync(operation, work, ct);

    private async Task<T> RunAsync<T>(string operation, Func<SqliteConnection, T> work, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                using var connection = OpenConnection();
                return work(connection);
            }
            catch (SqliteException e) when (IsBusy(e) && attempt < _options.MaxAttempts)
            {
                var delay = Backoff.Delay(_options, attempt);
                _log.Warning("Database {Path} busy during {Operation} (attempt {Attempt} of {MaxAttempts}); retrying in {DelayMs} ms",
                    FilePath, operation, attempt, _options.MaxAttempts, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _clock, ct).ConfigureAwait(false);
            }
            catch (SqliteException e)
            {
                throw Translate(e, operation, attempt);
            }
        }
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = _configureSql;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool IsBusy(SqliteException e) => e.SqliteErrorCode is Busy or Locked;

    /// <summary>Turns a SQLite error into a message that names the file and the fix.</summary>
    private DatabaseException Translate(SqliteException e, string operation, int attempts) => e.SqliteErrorCode switch
    {
        Busy or Locked => new DatabaseException(
            $"Could not {operation}: the database {FilePath} stayed locked by another process through {attempts} attempts. " +
            "Nothing from this call was committed and earlier commits are intact; retry later, and look for a process holding a long write transaction.", e),
        NotADatabase or Corrupt => new DatabaseCorruptException(
            $"The file {FilePath} is not a SQLite database or is corrupt (SQLite: {e.Message.TrimEnd('.')}). " +
            "Point DATABASE_URL at the right file, or restore this one from a backup.", e),
        CantOpen => new DatabaseException(
            $"Cannot open the database {FilePath}: check that the path is a file (not a directory) in a directory this process can write.", e),
        ReadOnly => new DatabaseException(
            $"The database {FilePath} is read-only for this process: make the file and its directory writable (WAL mode needs to create -wal and -shm files).", e),
        Full => new DatabaseException($"The disk holding {FilePath} is full: free space, then retry.", e),
        _ => new DatabaseException($"Could not {operation} in {FilePath}: SQLite error {e.SqliteErrorCode}: {e.Message}", e),
    };
}
