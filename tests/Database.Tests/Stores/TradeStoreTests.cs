using Trader.Domain;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class TradeStoreTests(DatabaseBackend backend) : IDisposable
{
    public void Dispose() => backend.Dispose();

    private static Trade NewTrade(long entryMs) =>
        new(0, "btc-1h", "BTC/USDT", OrderSide.Buy, 0.0015m, entryMs, 42_000.10m, "c-1");

    [Fact]
    public async Task OpenAsync_NewTrade_AssignsIdAndStoresItOpen()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        var trade = await db.Trades.OpenAsync(NewTrade(1_000), CancellationToken.None);

        Assert.NotEqual(0, trade.Id);
        Assert.True(trade.IsOpen);
        Assert.Equal(trade, await db.Trades.GetAsync(trade.Id, CancellationToken.None));
        Assert.Equal([trade], await db.Trades.ListOpenAsync("btc-1h", CancellationToken.None));
    }

    [Fact]
    public async Task CloseAsync_OpenTrade_StoresExitAndLeavesOpenList()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var trade = await db.Trades.OpenAsync(NewTrade(1_000), CancellationToken.None);
        var exit = new TradeExit(9_000, 43_260.30m, "c-2", 0.13m, 1.67030m, "take_profit");

        Assert.True(await db.Trades.CloseAsync(trade.Id, exit, CancellationToken.None));

        var stored = await db.Trades.GetAsync(trade.Id, CancellationToken.None);
        Assert.Equal(trade with { Exit = exit }, stored);
        Assert.False(stored!.IsOpen);
        Assert.Empty(await db.Trades.ListOpenAsync("btc-1h", CancellationToken.None));
        Assert.Equal([stored], await db.Trades.ListAsync("btc-1h", CancellationToken.None));
    }

    [Fact]
    public async Task ResizeAsync_OpenTrade_SetsAmountAndEntryPriceOnlyWhileOpen()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var trade = await db.Trades.OpenAsync(NewTrade(1_000), CancellationToken.None);

        Assert.True(await db.Trades.ResizeAsync(trade.Id, 0.0030m, 42_000.05m, CancellationToken.None));
        Assert.Equal(trade with { Amount = 0.0030m, EntryPrice = 42_000.05m }, await db.Trades.GetAsync(trade.Id, CancellationToken.None));

        await db.Trades.CloseAsync(trade.Id, new TradeExit(9_000, 43_000m, "c-2", 0.1m, 2.8m, "signal"), CancellationToken.None);
        Assert.False(await db.Trades.ResizeAsync(trade.Id, 0.0045m, 41_000m, CancellationToken.None));
        Assert.Equal(0.0030m, (await db.Trades.GetAsync(trade.Id, CancellationToken.None))!.Amount);
        Assert.False(await db.Trades.ResizeAsync(42, 1m, 1m, CancellationToken.None));
    }

    [Fact]
    public async Task CloseAsync_AlreadyClosed_ReturnsFalseAndKeepsFirstExit()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var trade = await db.Trades.OpenAsync(NewTrade(1_000), CancellationToken.None);
        var first = new TradeExit(9_000, 41_000m, null, 0.1m, -1.6m, "stop_loss");
        await db.Trades.CloseAsync(trade.Id, first, CancellationToken.None);

        Assert.False(await db.Trades.CloseAsync(trade.Id, first with { Reason = "signal" }, CancellationToken.None));
        Assert.Equal(first, (await db.Trades.GetAsync(trade.Id, CancellationToken.None))!.Exit);
    }

    [Fact]
    public async Task CloseAsync_UnknownTrade_ReturnsFalse()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        Assert.False(await db.Trades.CloseAsync(42, new TradeExit(1, 1m, null, 0m, 0m, "signal"), CancellationToken.None));
    }
}

public sealed class SqliteTradeStoreTests() : TradeStoreTests(DatabaseBackend.Sqlite());

public sealed class PostgresTradeStoreTests() : TradeStoreTests(DatabaseBackend.Postgres());
