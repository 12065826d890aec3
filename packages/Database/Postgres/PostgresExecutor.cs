using System.Net.Sockets;
using Npgsql;
using Serilog;

namespace Trader.Database.Postgres;

/// <summary>
/// Runs every PostgreSQL operation on a pooled connection from one <see cref="NpgsqlDataSource"/>: writes in one
/// transaction each, retried whole after a serialization failure, a deadlock or a lost connection (with the same
/// back-off as SQLite's busy retries), and errors turned into <see cref="DatabaseException"/>s that name the server
/// (never the password) and say what to do.
/// </summary>
internal sealed class PostgresExecutor : IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;

    public PostgresExecutor(PostgresDatabaseUrl url, DatabaseOptions options, TimeProvider clock, ILogger log)
    {
        Url = url;
        Options = options;
        _clock = clock;
        _log = log;
        _source = NpgsqlDataSource.Create(url.ConnectionString);
    }

    /// <summary>The server and database, without the password.</summary>
    public PostgresDatabaseUrl Url { get; }

    public DatabaseOptions Options { get; }

    /// <summary>Runs <paramref name="work"/> in one transaction, retrying the whole transaction on transient failures.</summary>
    public Task<T> WriteAsync<T>(string operation, Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken ct) =>
        RunAsync(operation, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return result;
        }, ct);

    /// <summary>Runs <paramref name="work"/> on a pooled connection (reads see the last committed state).</summary>
    public Task<T> ReadAsync<T>(string operation, Func<NpgsqlConnection, Task<T>> work, CancellationToken ct) => RunAsync(operation, work, ct);

    private async Task<T> RunAsync<T>(string operation, Func<NpgsqlConnection, Task<T>> work, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                await using var connection = await _source.OpenConnectionAsync(ct).ConfigureAwait(false);
                return await work(connection).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e) && attempt < Options.MaxAttempts && !ct.IsCancellationRequested)
            {
                var delay = Backoff.Delay(Options, attempt);
                _log.Warning("Database {Url} failed transiently during {Operation} ({Reason}; attempt {Attempt} of {MaxAttempts}); retrying in {DelayMs} ms",
                    Url.ToString(), operation, Reason(e), attempt, Options.MaxAttempts, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _clock, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
            {
                throw Translate(e, operation, attempt);
            }
        }
    }

    // 40001 serialization failure, 40P01 deadlock, 57P03 server starting up, 53300 too many connections (a neighbour's
    // pool will release one): retrying the whole transaction is safe because nothing of it was committed.
    private static bool IsTransient(Exception e) => e switch
    {
        PostgresException p => p.SqlState is "40001" or "40P01" or "57P03" or "53300",
        NpgsqlException n => n.IsTransient,
        _ => false,
    };

    private static string Reason(Exception e) => e is PostgresException p ? $"{p.SqlState} {p.MessageText}" : e.GetType().Name;

    /// <summary>Turns a PostgreSQL or network error into a message that names the server and the fix.</summary>
    private DatabaseException Translate(Exception e, string operation, int attempts) => e switch
    {
        PostgresException { SqlState: "28P01" or "28000" } => new DatabaseException(
            $"PostgreSQL at {Url} refused user '{Url.Username}': wrong password or no access (pg_hba.conf). Check the user and password in DATABASE_URL.", e),
        PostgresException { SqlState: "XX001" or "XX002" } p => new DatabaseCorruptException(
            $"PostgreSQL at {Url} reports damaged data ({p.SqlState} {p.MessageText}) during {operation}. Restore the database from a backup " +
            "(or rebuild the damaged index with REINDEX); nothing more is written to it by this process.", e),
        PostgresException { SqlState: "3D000" } => new DatabaseException(
            $"PostgreSQL at {Url} has no database '{Url.DatabaseName}': create it (createdb {Url.DatabaseName}) or fix DATABASE_URL.", e),
        PostgresException p => new DatabaseException($"Could not {operation} in {Url}: PostgreSQL {p.SqlState}: {p.MessageText}", e),
        _ when attempts > 1 => new DatabaseException(
            $"Could not {operation}: PostgreSQL at {Url} stayed unreachable through {attempts} attempts ({e.Message}). " +
            "Nothing from this call was committed; check that the server is up and reachable.", e),
        _ => new DatabaseException($"Could not {operation}: cannot reach PostgreSQL at {Url} ({e.Message}). Check that the server is up and reachable.", e),
    };

    /// <summary>Closes this process's pooled connections.</summary>
    public void Dispose() => _source.Dispose();
}
