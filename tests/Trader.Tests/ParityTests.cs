using Serilog.Core;
using Trader.App.Run;
using Trader.Core.Config;
using Trader.Core.Domain;
using Trader.Core.Strategies;
using Trader.Exchange;
using Trader.Execution.Backtesting;
using Trader.Timeframes;

namespace Trader.App.Tests;

/// <summary>One engine, two clocks: what a paper trader did live equals a backtest of the candles it saw.</summary>
[Collection(TraderRig.Collection)]
public sealed class ParityTests
{
    [Fact]
    public async Task Run_PaperTraderCandlesReplayedInBacktest_SameTrades()
    {
        await using var rig = await TraderRig.StartAsync(speed: 120);
        var configPath = rig.WriteConfig("paper-p", "paper", entry: "close > open", exit: "close < open");
        await using var trader = rig.StartTrader(configPath);
        using var db = await rig.OpenDatabaseAsync();
        await rig.WaitForStepsAsync(db, "paper-p", 60, TimeSpan.FromSeconds(120), () => trader.Output);
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));

        // The candles the trader saw: its warm-up and every candle it stepped (one equity snapshot each), from the shared DB.
        var config = ConfigLoader.Load(configPath);
        var tf = config.Timeframe;
        var equity = await db.Equity.ListAsync("paper-p", 0, long.MaxValue, CancellationToken.None);
        long firstOpen = tf.FloorMs(equity[0].TimeMs - 1), endOpen = equity[^1].TimeMs;
        var series = new SeriesKey("binance", TraderRig.Symbol, tf);
        var warmup = await db.Candles.ReadRangeAsync(series, firstOpen - RunnerOptions.Default.WarmupFor(config.Strategy) * tf.DurationMs, firstOpen, CancellationToken.None);
        var traded = await db.Candles.ReadRangeAsync(series, firstOpen, endOpen, CancellationToken.None);
        Assert.Equal(equity.Select(e => e.TimeMs), traded.Select(c => tf.CloseTimeMs(c.OpenTimeMs)));

        var strategy = StrategyRegistry.Create(config.Strategy);
        foreach (var candle in warmup) strategy.OnCandle(candle);
        using var http = new HttpClient();
        var exchange = ExchangeFactory.Create("binance", ExchangeSettings.FromEnvironment(n => rig.Environment().GetValueOrDefault(n)), http, TimeProvider.System, Logger.None);
        var market = (await exchange.LoadMarketsAsync(CancellationToken.None))[TraderRig.Symbol];
        var backtest = await BacktestRunner.RunAsync(
            new BacktestSetup("paper-p", tf, strategy, config.Risk, config.Paper, market, Logger.None), traded, null, CancellationToken.None);

        // The backtest closes what is open at its end ("-x"); the trader keeps that position open.
        var expectedClosed = backtest.Trades.Where(t => !t.ExitOrderId.EndsWith("-x", StringComparison.Ordinal)).ToList();
        var stored = await db.Trades.ListAsync("paper-p", CancellationToken.None);
        var closed = stored.Where(t => t.Exit is not null).ToList();
        Assert.True(expectedClosed.Count >= 5, $"expected trades in 60 candles; the backtest made {expectedClosed.Count}");
        Assert.Equal(
            expectedClosed.Select(t => (t.EntryTimeMs, t.EntryPrice, t.Amount, t.EntryOrderId, t.ExitTimeMs, t.ExitPrice, t.ExitOrderId, t.Pnl)),
            closed.Select(t => (t.EntryTimeMs, t.EntryPrice, t.Amount, t.EntryClientOrderId!, t.Exit!.TimeMs, t.Exit.Price, t.Exit.ClientOrderId!, t.Exit.Pnl)));
        var open = stored.Where(t => t.IsOpen).Select(t => (t.EntryTimeMs, t.EntryPrice, t.Amount)).ToList();
        var stillOpen = backtest.Trades.Where(t => t.ExitOrderId.EndsWith("-x", StringComparison.Ordinal)).Select(t => (t.EntryTimeMs, t.EntryPrice, t.Amount)).ToList();
        Assert.Equal(stillOpen, open);
    }
}
