using Serilog;
using Trader.Domain;
using Trader.Database.Postgres;

namespace Trader.Database;

/// <summary>
/// The shared store of everything the system keeps, one store per Core port, on whichever backend
/// <c>DATABASE_URL</c> names: a SQLite file (the default) or a PostgreSQL server.
/// </summary>
/// <remarks>Thread-safe: every operation takes its own pooled connection. Dispose to release the pool.</remarks>
public abstract class TradingDatabase : IDisposable
{
    private protected TradingDatabase(
        string location, int schemaVersion, ICandleStore candles, IInstanceStore instances, IOrderStore orders, IFillStore fills,
        ITradeStore trades, IEquityStore equity, IBacktestRunStore backtestRuns, IRateLimitStore rateLimits, IControlStore controls, IAlertStore alerts,
        IFundsReservationStore fundsReservations,
        IExchangeStatsStore exchangeStats)
    {
        Location = location;
        SchemaVersion = schemaVersion;
        Candles = candles;
        Instances = instances;
        Orders = orders;
        Fills = fills;
        Trades = trades;
        Equity = equity;
        BacktestRuns = backtestRuns;
        RateLimits = rateLimits;
        Controls = controls;
        Alerts = alerts;
        FundsReservations = fundsReservations;
        ExchangeStats = exchangeStats;
    }

    /// <summary>Where the data is, for messages: the file's full path or the server URL without its password.</summary>
    public string Location { get; }

    /// <summary>Schema version after migration (the number of the last applied migration).</summary>
    public int SchemaVersion { get; }

    /// <summary>Candle history (validated, idempotent upserts; range reads; gaps).</summary>
    public ICandleStore Candles { get; }

    /// <summary>Instance registry and heartbeats.</summary>
    public IInstanceStore Instances { get; }

    /// <summary>Orders by client order id.</summary>
    public IOrderStore Orders { get; }

    /// <summary>Fills of stored orders.</summary>
    public IFillStore Fills { get; }

    /// <summary>Round trips.</summary>
    public ITradeStore Trades { get; }

    /// <summary>Equity snapshots.</summary>
    public IEquityStore Equity { get; }

    /// <summary>Backtest runs and their metrics.</summary>
    public IBacktestRunStore BacktestRuns { get; }

    /// <summary>Request budgets shared by every process using this database.</summary>
    public IRateLimitStore RateLimits { get; }

    /// <summary>Operator commands that each trader polls.</summary>
    public IControlStore Controls { get; }

    /// <summary>The alert outbox and its deliveries.</summary>
    public IAlertStore Alerts { get; }

    /// <summary>Quote currency live instances on one account have committed to entries the exchange does not have yet.</summary>
    public IFundsReservationStore FundsReservations { get; }

    /// <summary>Each instance's exchange request counts, latency and rate-limit budget use.</summary>
    public IExchangeStatsStore ExchangeStats { get; }

    /// <summary>
    /// Opens the database <paramref name="url"/> names on its backend and applies pending migrations. Safe to call from
    /// many processes at the same moment on either backend.
    /// </summary>
    /// <exception cref="DatabaseException">The database cannot be reached, opened or migrated; the message says why and what to do.</exception>
    public static async Task<TradingDatabase> OpenAsync(DatabaseUrl url, DatabaseOptions options, TimeProvider clock, ILogger log, CancellationToken ct) =>
        url switch
        {
            SqliteDatabaseUrl sqlite => await SqliteDatabase.OpenAsync(sqlite, options, clock, log, ct).ConfigureAwait(false),
            PostgresDatabaseUrl postgres => await PostgresDatabase.OpenAsync(postgres, options, clock, log, ct).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(url), url, "Unknown database backend."),
        };

    /// <summary>Opens the database named by a <c>DATABASE_URL</c> value (null or blank: the default SQLite file).</summary>
    /// <exception cref="DatabaseException">The value is malformed, or the database cannot be reached, opened or migrated.</exception>
    public static Task<TradingDatabase> OpenAsync(string? databaseUrl, DatabaseOptions options, TimeProvider clock, ILogger log, CancellationToken ct) =>
        OpenAsync(DatabaseUrl.Parse(databaseUrl), options, clock, log, ct);

    /// <summary>Whole-table access for <see cref="Copy.DatabaseCopy"/>.</summary>
    internal abstract Copy.ITableCopier Copier { get; }

    /// <summary>Closes this database's pooled connections.</summary>
    public abstract void Dispose();
}
