using Serilog.Core;
using Trader.Domain;
using Trader.Execution.Backtesting;
using Trader.Execution.Brokers;
using Trader.Execution.Engine;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Strategies;
using Trader.Strategies.Rsi;

namespace Trader.Execution.Tests.Backtesting;

public sealed class ParallelSweepTests
{
    private static readonly Candle[] Candles = RandomWalk.Generate(5, Timeframe.M1, EngineHarness.T0, 6_000, startPrice: 30_000, volatility: 0.002);
    private static readonly Candle[] Warmup = RandomWalk.Generate(6, Timeframe.M1, EngineHarness.T0 - 100 * 60_000, 100, startPrice: 30_000, volatility: 0.002);

    private static readonly RiskConfig[] Risks =
    [
        new(new StakeConfig(Fraction: 0.2m), StopLoss: 0.004m, TakeProfit: 0.008m),
        new(new StakeConfig(Fraction: 0.5m), StopLoss: 0.01m, TrailingStop: 0.005m, MaxOpenPositions: 2),
        new(new StakeConfig(Quote: 1_000m), TakeProfit: 0.004m, MaxDrawdown: 0.01m),
    ];

    // Points i: RSI period 7 or 14 (the strategy key), each with every risk above.
    private static (string Key, EngineBuilder Engine) Point(int i, Func<IStrategy, IStrategy>? wrap = null)
    {
        int period = i < Risks.Length ? 7 : 14;
        var strategy = StrategyRegistry.Create(new StrategyConfig("rsi", new RsiParams(period, 35, 65)));
        return ($"rsi {period}", new EngineBuilder($"p{i}", Timeframe.M1, wrap?.Invoke(strategy) ?? strategy, Risks[i % Risks.Length],
            new PaperConfig(10_000m, 0.001m, 0.0005m), Markets.BinanceBtcUsdt, Logger.None) { Warmup = Warmup });
    }

    [Fact]
    public async Task RunAsync_EveryPointEqualsItsRunAlone()
    {
        int count = 2 * Risks.Length;
        var results = new BacktestResult[count];
        var points = Enumerable.Range(0, count).Select(i => new SweepPoint(Point(i).Key, () => Point(i).Engine)).ToArray();

        // The equity curve is lent for the callback only: keep a copy.
        await ParallelSweep.RunAsync(points, Candles, 2, (i, result) => results[i] = result with { Equity = [.. result.Equity] }, CancellationToken.None);

        for (int i = 0; i < count; i++)
        {
            var alone = await BacktestRunner.RunAsync(Point(i).Engine, Candles, null, CancellationToken.None);
            Assert.NotEmpty(alone.Trades);
            Assert.Equal(alone.Trades, results[i].Trades);
            Assert.Equal(alone.Orders, results[i].Orders);
            Assert.Equal(alone.Metrics, results[i].Metrics);
            Assert.Equal(alone.Equity, results[i].Equity);
        }
        // Different risk on the same signals trades differently.
        Assert.Equal(count, results.Select(r => r.Metrics.FinalBalance).Distinct().Count());
    }

    [Fact]
    public async Task RunAsync_EachStrategyKeyRunsItsStrategyOnce()
    {
        int count = 2 * Risks.Length;
        var fed = new int[count];
        var points = Enumerable.Range(0, count)
            .Select(i => new SweepPoint(Point(i).Key, () => Point(i, s => new Counting(s, () => Interlocked.Increment(ref fed[i]))).Engine))
            .ToArray();

        await ParallelSweep.RunAsync(points, Candles, 2, (_, _) => { }, CancellationToken.None);

        // One point of each key fed its strategy the warm-up and every candle; the others replayed that recording.
        Assert.Equal(2 * (Warmup.Length + Candles.Length), fed.Sum());
        Assert.Equal(2, fed.Count(n => n > 0));
    }

    private sealed class Counting(IStrategy inner, Action fed) : IStrategy
    {
        public IReadOnlyList<StrategyIndicator> Indicators => inner.Indicators;

        public Signal OnCandle(in Candle candle)
        {
            fed();
            return inner.OnCandle(candle);
        }
    }
}
