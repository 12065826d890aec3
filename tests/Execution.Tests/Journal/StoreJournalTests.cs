using Serilog.Core;
using Trader.Core.Config;
using Trader.Core.Domain;
using Trader.Core.MarketData;
using Trader.Core.Strategies.Rules;
using Trader.Database;
using Trader.Execution.Journal;
using Trader.Timeframes;

namespace Trader.Execution.Tests.Journal;

public sealed class StoreJournalTests : IDisposable
{
    private static readonly Candle[] Candles = RandomWalk.Generate(5, Timeframe.H1, EngineHarness.T0, 300, volatility: 0.01);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("store-journal-");

    public void Dispose()
    {
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A lingering SQLite handle; the OS cleans temporary folders.
        }
    }

    private static EngineHarness Harness(IExecutionJournal? journal = null) => new(
        RulesStrategy.Create(RuleBindings.CandlesOnly, new RuleText("close > close[1] and close[1] > close[2]"), new RuleText("close < close[1]")),
        new RiskConfig(new StakeConfig(Fraction: 0.3m), StopLoss: 0.02m, TakeProfit: 0.03m),
        new PaperConfig(10_000m, 0.001m, 0.0005m),
        Markets.BinanceBtcUsdt,
        "paper-btc",
        journal);

    [Fact]
    public async Task Run_WithSqliteStores_PersistsWhatTheInMemoryJournalSees()
    {
        var memory = Harness();
        await memory.RunAsync(Candles);

        using var database = await SqliteDatabase.OpenAsync(
            DatabaseUrl.Parse(Path.Combine(_directory.FullName, "t.db")), new DatabaseOptions(), TimeProvider.System, Logger.None, CancellationToken.None);
        var journal = new StoreJournal("paper-btc", "binance", "BTC/USDT", database.Orders, database.Fills, database.Trades, database.Equity);
        await Harness(journal).RunAsync(Candles);

        var ct = CancellationToken.None;
        var trades = await database.Trades.ListAsync("paper-btc", ct);
        var closed = trades.Where(t => !t.IsOpen).ToList();
        Assert.NotEmpty(closed);
        Assert.Equal(memory.Journal.Trades.Count, closed.Count);
        for (int i = 0; i < closed.Count; i++)
        {
            var expected = memory.Journal.Trades[i];
            Assert.Equal(expected.EntryPrice, closed[i].EntryPrice);
            Assert.Equal(expected.Amount, closed[i].Amount);
            Assert.Equal(expected.EntryOrderId, closed[i].EntryClientOrderId);
            Assert.Equal(expected.Pnl, closed[i].Exit!.Pnl);
            Assert.Equal(expected.Fees, closed[i].Exit!.Fees);
            Assert.Equal(expected.ExitOrderId, closed[i].Exit!.ClientOrderId);
        }
        Assert.Equal(memory.Engine.Position is null ? 0 : 1, trades.Count(t => t.IsOpen));

        var orders = await database.Orders.ListAsync("paper-btc", ct);
        Assert.Equal(memory.Journal.Orders.Select(o => o.Order.ClientOrderId).Distinct().Order(StringComparer.Ordinal), orders.Select(o => o.ClientOrderId).Order(StringComparer.Ordinal));
        var filled = orders.Where(o => o.Status == OrderStatus.Closed).ToList();
        Assert.Equal(memory.Journal.Fills.Count, filled.Count);
        var firstFills = await database.Fills.ListByOrderAsync(filled[0].ClientOrderId, ct);
        Assert.Equal(memory.Journal.Fills[0].Fee, Assert.Single(firstFills).Fee);

        var equity = await database.Equity.ListAsync("paper-btc", long.MinValue, long.MaxValue, ct);
        Assert.Equal(memory.Journal.Equity.Select(e => (e.TimeMs, e.Equity)), equity.Select(e => (e.TimeMs, e.Equity)));
    }

    [Fact]
    public async Task OrderAsync_SameFilledOrderTwice_OneFillStored()
    {
        using var database = await SqliteDatabase.OpenAsync(
            DatabaseUrl.Parse(Path.Combine(_directory.FullName, "t.db")), new DatabaseOptions(), TimeProvider.System, Logger.None, CancellationToken.None);
        var journal = new StoreJournal("paper-btc", "binance", "BTC/USDT", database.Orders, database.Fills, database.Trades, database.Equity);
        var memory = Harness();
        await memory.RunAsync(Candles.Take(50));
        var filled = memory.Journal.Orders.First(o => o.Fill is not null);

        await journal.OrderAsync(filled, CancellationToken.None);
        await journal.OrderAsync(filled, CancellationToken.None);

        Assert.Single(await database.Fills.ListByOrderAsync(filled.Order.ClientOrderId, CancellationToken.None));
    }
}
