using Serilog;
using Trader.Database.Migrations;
using Trader.Database.Postgres.Stores;

namespace Trader.Database.Postgres;

/// <summary>
/// The shared database on a PostgreSQL server, for setups that run on several hosts: the same ports, schema and
/// behaviours as <see cref="SqliteDatabase"/>, with money as <c>numeric</c> and candles bulk-loaded by binary COPY.
/// </summary>
/// <remarks>Thread-safe: every operation takes its own connection from this process's pool (<see cref="PostgresDatabaseUrl.PoolSize"/>).</remarks>
public sealed class PostgresDatabase : TradingDatabase
{
    private readonly PostgresExecutor _executor;

    private PostgresDatabase(PostgresExecutor executor, int schemaVersion)
        : base(executor.Url.ToString(), schemaVersion, new PostgresCandleStore(executor), new PostgresInstanceStore(executor),
            new PostgresOrderStore(executor), new PostgresFillStore(executor), new PostgresTradeStore(executor), new PostgresEquityStore(executor),
            new PostgresBacktestRunStore(executor), new PostgresRateLimitStore(executor), new PostgresControlStore(executor), new PostgresAlertStore(executor),
            new PostgresFundsReservationStore(executor),
            new PostgresExchangeStatsStore(executor)) =>
        _executor = executor;

    /// <summary>Connects to the database <paramref name="url"/> names and applies pending migrations. Safe to call from many processes at once.</summary>
    /// <exception cref="DatabaseException">The server cannot be reached, refuses the login, lacks the database, or has a newer schema.</exception>
    public static Task<PostgresDatabase> OpenAsync(PostgresDatabaseUrl url, DatabaseOptions options, TimeProvider clock, ILogger log, CancellationToken ct) =>
        OpenAsync(url, options, Migration.Postgres, clock, log, ct);

    internal static async Task<PostgresDatabase> OpenAsync(
        PostgresDatabaseUrl url, DatabaseOptions options, IReadOnlyList<Migration> migrations, TimeProvider clock, ILogger log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        log = log.ForContext<PostgresDatabase>();
        var executor = new PostgresExecutor(url, options, clock, log);
        try
        {
            int version = await new PostgresMigrationRunner(executor, migrations, clock, log).MigrateAsync(ct).ConfigureAwait(false);
            log.Debug("Opened database {Url} at schema version {Version}", url.ToString(), version);
            return new PostgresDatabase(executor, version);
        }
        catch
        {
            executor.Dispose();
            throw;
        }
    }

    internal PostgresExecutor Executor => _executor;

    internal override Copy.ITableCopier Copier => new Copy.PostgresTableCopier(_executor);

    /// <inheritdoc/>
    public override void Dispose() => _executor.Dispose();
}
