using Trader.Domain;
using Trader.Execution.Brokers;
using Trader.Execution.Engine;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Strategies;
using Trader.Strategies.Rsi;

namespace Trader.Execution.Tests.Engine;

/// <summary>
/// A candle that only makes a new high waits to ratchet the trailing stops until a later candle comes near a level or
/// anything reads the lots; reading <see cref="TradingEngine.Positions"/> after every candle ratchets at every candle,
/// as the engine did before deferring. Both must trade alike, to the order and the level.
/// </summary>
public sealed class DeferredRatchetTests
{
    private static readonly Candle[] Candles = RandomWalk.Generate(21, Timeframe.H1, EngineHarness.T0, 6_000, startPrice: 30_000, volatility: 0.004);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Trades_EqualThoseOfRatchetingAtEveryCandle(int lots)
    {
        var deferred = Harness(lots);
        var everyCandle = Harness(lots);
        var levels = new List<decimal?>();

        await deferred.RunAsync(Candles);
        foreach (var candle in Candles)
        {
            await everyCandle.Engine.OnClosedCandleAsync(candle, CancellationToken.None);
            levels.AddRange(everyCandle.Engine.Positions.Select(p => p.Levels.TrailingStopPrice));
        }

        Assert.True(deferred.Journal.Trades.Count > 50, $"{deferred.Journal.Trades.Count} trades");
        Assert.Contains(deferred.Journal.Trades, t => t.ExitReason == Trader.Risk.Trades.ExitReason.TrailingStop);
        Assert.True(levels.Distinct().Count() > 100);
        Assert.Equal(everyCandle.Journal.Orders, deferred.Journal.Orders);
        Assert.Equal(everyCandle.Journal.Trades, deferred.Journal.Trades);
        Assert.Equal(everyCandle.Engine.Positions, deferred.Engine.Positions);
    }

    private static EngineHarness Harness(int lots) => new(
        StrategyRegistry.Create(new StrategyConfig("rsi", new RsiParams(9, 35, 70))),
        new RiskConfig(new StakeConfig(Fraction: 0.2m), StopLoss: 0.03m, TakeProfit: 0.05m, TrailingStop: 0.015m, MaxOpenPositions: lots),
        new PaperConfig(10_000m, 0.001m, 0.0005m), Markets.BinanceBtcUsdt);
}
