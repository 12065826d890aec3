using Trader.Domain;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class ExchangeStatsStoreTests(DatabaseBackend backend) : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    public void Dispose() => backend.Dispose();

    [Fact]
    public async Task AddAsync_TwoReports_CallsSummedPerMethodBudgetReplaced()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        await db.ExchangeStats.AddAsync("btc-1h", [new("fetch_ohlcv", 3, 1, 0.25), new("create_order", 1, 0, 0.125)], new RateBudgetUse(40, 4800), 1_000, Ct);
        await db.ExchangeStats.AddAsync("btc-1h", [new("fetch_ohlcv", 2, 0, 0.5)], new RateBudgetUse(7, 4800), 2_000, Ct);
        await db.ExchangeStats.AddAsync("eth-15m", [new("fetch_time", 1, 1, 2.0)], null, 3_000, Ct);

        var stats = await db.ExchangeStats.ListAsync(Ct);
        Assert.Equal(["btc-1h", "eth-15m"], stats.Select(s => s.Instance));
        Assert.Equal([new ExchangeCallStats("create_order", 1, 0, 0.125), new ExchangeCallStats("fetch_ohlcv", 5, 1, 0.75)], stats[0].Calls);
        Assert.Equal((new RateBudgetUse(7, 4800), 2_000L), (stats[0].Budget, stats[0].BudgetMs));
        Assert.Equal([new ExchangeCallStats("fetch_time", 1, 1, 2.0)], stats[1].Calls);
        Assert.Null(stats[1].Budget);
    }

    [Fact]
    public async Task AddAsync_BudgetOnly_InstanceListedWithoutCalls()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        await db.ExchangeStats.AddAsync("btc-1h", [], new RateBudgetUse(0, 1200), 1_000, Ct);

        var stats = Assert.Single(await db.ExchangeStats.ListAsync(Ct));
        Assert.Empty(stats.Calls);
        Assert.Equal(new RateBudgetUse(0, 1200), stats.Budget);
    }
}

public sealed class SqliteExchangeStatsStoreTests() : ExchangeStatsStoreTests(DatabaseBackend.Sqlite());

public sealed class PostgresExchangeStatsStoreTests() : ExchangeStatsStoreTests(DatabaseBackend.Postgres());
