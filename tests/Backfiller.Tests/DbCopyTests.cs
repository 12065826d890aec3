using Trader.Domain;
using Trader.Testing;

namespace Trader.Backfiller.Tests;

/// <summary><c>backfiller db copy</c> as a real process: SQLite to PostgreSQL and back, verified by counts and checksums.</summary>
public sealed class DbCopyTests : IDisposable
{
    private static readonly SeriesKey Btc = new("binance", "BTC/USDT", Timeframe.M1);
    private static readonly SeriesKey Eth = new("binance", "ETH/USDT", Timeframe.H1);
    private readonly Scratch _scratch = new();
    private readonly DatabaseBackend _postgres = DatabaseBackend.Postgres();

    public void Dispose()
    {
        _postgres.Dispose();
        _scratch.Dispose();
    }

    // More candles than one copy page (20,000), money with scale and 28 digits, nulls, JSON: everything that could bend.
    private static async Task<(Order Order, Trade Closed, BacktestRun Run)> SeedAsync(string url)
    {
        using var db = await Scratch.OpenAsync(url);
        var ct = CancellationToken.None;
        await db.Candles.UpsertAsync(Btc, RandomWalk.Generate(1, Timeframe.M1, 1_700_000_000_000 - 1_700_000_000_000 % 60_000, 45_000), ct);
        await db.Candles.UpsertAsync(Eth, RandomWalk.Generate(2, Timeframe.H1, 1_699_999_200_000, 300, startPrice: 2_000), ct);
        await db.Instances.RegisterAsync(new InstanceRegistration("btc-1m", "sha256:1", TradingMode.Paper, "binance", "BTC/USDT", Timeframe.M1, "0.1.0", 1_000), ct);
        await db.Instances.MarkEndedAsync("btc-1m", 9_000, InstanceStatus.Stopped, ct);
        var order = new Order("c-1", "btc-1m", "binance", "BTC/USDT", OrderSide.Buy, OrderType.Limit, OrderStatus.Closed,
            Price: 42_000.10m, Amount: 0.00150m, Filled: 0.00150m, Average: 1.0000000000000000000000000001m, Fee: 0.000001500m, FeeCurrency: "BTC",
            CreatedMs: 1_000, UpdatedMs: 2_000, ExchangeOrderId: "x-1", Reason: null);
        await db.Orders.UpsertAsync(order, ct);
        await db.Orders.UpsertAsync(order with { ClientOrderId = "c-2", Price = null, Average = null, FeeCurrency = null, Status = OrderStatus.Open }, ct);
        await db.Fills.AddAsync(new Fill("c-1", "f-1", "BTC/USDT", OrderSide.Buy, 42_000.10m, 0.00150m, 0.000001500m, "BTC", 1_500), ct);
        var closed = await db.Trades.OpenAsync(new Trade(0, "btc-1m", "BTC/USDT", OrderSide.Buy, 0.00150m, 1_000, 42_000.10m, "c-1"), ct);
        await db.Trades.CloseAsync(closed.Id, new TradeExit(5_000, 42_100.00m, "c-3", 0.13m, 0.0200m, "take_profit"), ct);
        await db.Trades.OpenAsync(new Trade(0, "btc-1m", "BTC/USDT", OrderSide.Buy, 0.5m, 6_000, 42_050m, null), ct);
        await db.Equity.AddAsync(new EquitySnapshot("btc-1m", 60_000, 5_000.00m, 4_000.000m, 1_000.0m), ct);
        await db.ExchangeStats.AddAsync("btc-1m", [new ExchangeCallStats("fetch_ohlcv", 12, 1, 0.375)], new RateBudgetUse(37, 4800), 9_000, ct);
        var run = await db.BacktestRuns.AddAsync(new BacktestRun(0, "btc-1m", "sha256:1", "name: btc-1m\n", Btc, 0, 1_000, 3_000,
            """{"total_return": 0.125, "trades": [1, 2]}"""), ct);
        return (order, (await db.Trades.GetAsync(closed.Id, ct))!, run);
    }

    private static IEnumerable<string> ChecksumLines(string stdout) => stdout.Split('\n').Where(l => l.Contains("sha256")).Select(l => l.Trim());

    [Fact]
    public async Task Copy_SqliteToPostgresAndBack_EveryTableArrivesWithTheSameCountsAndChecksums()
    {
        var (order, closed, run) = await SeedAsync(_scratch.Db);
        string postgres = _postgres.Url("copy");
        string back = _scratch.File("back.db");

        var (there, toPostgres) = await BackfillerProcess.RunAsync(_scratch.Dir, _scratch.Db, null, null, "db", "copy", "--from", $"sqlite:{_scratch.Db}", "--to", postgres);
        var (home, toSqlite) = await BackfillerProcess.RunAsync(_scratch.Dir, _scratch.Db, null, null, "db", "copy", "--from", postgres, "--to", $"sqlite:{back}");

        Assert.True(there == 0, toPostgres.Stdout + toPostgres.Stderr);
        Assert.True(home == 0, toSqlite.Stdout + toSqlite.Stderr);
        Assert.Contains("row counts and checksums match", toPostgres.Stdout);
        // The same fifteen tables and checksums on every side: SQLite source, PostgreSQL copy, SQLite copy of the copy.
        Assert.Equal(15, ChecksumLines(toPostgres.Stdout).Count());
        Assert.Equal(ChecksumLines(toPostgres.Stdout), ChecksumLines(toSqlite.Stdout));
        Assert.Contains(ChecksumLines(toPostgres.Stdout), l => l.StartsWith("candles") && l.Contains(" 45300 rows"));
        string password = new Uri(postgres).UserInfo.Split(':')[1];
        Assert.DoesNotContain(password, toPostgres.Stdout + toPostgres.Stderr + toSqlite.Stdout + toSqlite.Stderr);

        using var copied = await Scratch.OpenAsync(postgres);
        var ct = CancellationToken.None;
        Assert.Equal(order, await copied.Orders.GetAsync("c-1", ct));
        Assert.Equal(closed, await copied.Trades.GetAsync(closed.Id, ct));
        Assert.Equal(run, await copied.BacktestRuns.GetAsync(run.Id, ct));
        var stats = Assert.Single(await copied.ExchangeStats.ListAsync(ct));
        Assert.Equal((new ExchangeCallStats("fetch_ohlcv", 12, 1, 0.375), new RateBudgetUse(37, 4800)), (Assert.Single(stats.Calls), stats.Budget));
        Assert.Equal(await _scratch.CandlesAsync(Btc), await copied.Candles.ReadRangeAsync(Btc, long.MinValue, long.MaxValue, ct));
        // New rows get ids after the copied ones: the identity sequences moved past them.
        var next = await copied.Trades.OpenAsync(new Trade(0, "btc-1m", "BTC/USDT", OrderSide.Sell, 1m, 7_000, 1m, null), ct);
        Assert.Equal(closed.Id + 2, next.Id);
        Assert.Equal(await _scratch.CandlesAsync(Eth), await _scratch.CandlesAsync(Eth, back));
    }

    [Fact]
    public async Task Copy_IntoADatabaseWithRows_RefusesAndLeavesItAlone()
    {
        await SeedAsync(_scratch.Db);
        string postgres = _postgres.Url("busy");
        await SeedAsync(postgres);

        var (code, copy) = await BackfillerProcess.RunAsync(_scratch.Dir, _scratch.Db, null, null, "db", "copy", "--from", _scratch.Db, "--to", postgres);

        Assert.Equal(1, code);
        Assert.Contains("already holds rows. Copy only into an empty database", copy.Stderr);
        using var target = await Scratch.OpenAsync(postgres);
        Assert.Equal(2, (await target.Orders.ListAsync("btc-1m", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Copy_SourceFileMissing_ExitsWithAUsageError()
    {
        var (code, copy) = await BackfillerProcess.RunAsync(_scratch.Dir, _scratch.Db, null, null, "db", "copy", "--from", _scratch.File("nope.db"), "--to", _postgres.Url());

        Assert.Equal(2, code);
        Assert.Contains("nope.db does not exist", copy.Stderr);
    }
}
