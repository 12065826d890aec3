using Serilog.Core;
using Trader.Domain;
using Trader.Execution.Backtesting;
using Trader.Execution.Brokers;
using Trader.Execution.Engine;
using Trader.Indicators;
using Trader.Indicators.Catalog;
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
    private static (string Key, EngineBuilder Engine) Point(int i, Func<IStrategy, IStrategy>? wrap = null, IIndicatorSource? indicators = null)
    {
        int period = i < Risks.Length ? 7 : 14;
        var strategy = StrategyRegistry.Create(new StrategyConfig("rsi", new RsiParams(period, 35, 65)), indicators ?? FreshIndicators.Instance);
        return ($"rsi {period}", Engine($"p{i}", wrap?.Invoke(strategy) ?? strategy, Risks[i % Risks.Length]));
    }

    private static EngineBuilder Engine(string name, IStrategy strategy, RiskConfig risk) =>
        new(name, Timeframe.M1, strategy, risk, new PaperConfig(10_000m, 0.001m, 0.0005m), Markets.BinanceBtcUsdt, Logger.None) { Warmup = Warmup };

    // Threshold points i: RSI 14 with oversold 25/30/35 and overbought 65/70, one risk (no target: the exit level decides
    // when to sell): each its own strategy key.
    private static readonly RiskConfig ThresholdRisk = new(new StakeConfig(Fraction: 0.2m), StopLoss: 0.01m);

    private static RsiParams Levels(int i) => new(14, 25 + 5 * (i % 3), 65 + 5 * (i / 3));

    [Fact]
    public async Task RunAsync_EveryPointEqualsItsRunAlone()
    {
        int count = 2 * Risks.Length;
        var results = new BacktestResult[count];
        var points = Enumerable.Range(0, count).Select(i => new SweepPoint(Point(i).Key, source => Point(i, indicators: source).Engine)).ToArray();

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
            .Select(i => new SweepPoint(Point(i).Key, source => Point(i, s => new Counting(s, () => Interlocked.Increment(ref fed[i])), source).Engine))
            .ToArray();

        await ParallelSweep.RunAsync(points, Candles, 2, (_, _) => { }, CancellationToken.None);

        // One point of each key fed its strategy the warm-up and every candle; the others replayed that recording.
        Assert.Equal(2 * (Warmup.Length + Candles.Length), fed.Sum());
        Assert.Equal(2, fed.Count(n => n > 0));
    }

    [Fact]
    public async Task RunAsync_PointsThatDifferInThresholds_EachEqualsItsRunAloneWithItsOwnRsi()
    {
        const int count = 6;
        var results = new BacktestResult[count];
        var points = Enumerable.Range(0, count).Select(i => new SweepPoint($"rsi {Levels(i)}",
            source => Engine($"t{i}", StrategyRegistry.Create(new StrategyConfig("rsi", Levels(i)), source), ThresholdRisk))).ToArray();

        await ParallelSweep.RunAsync(points, Candles, 2, (i, result) => results[i] = result with { Equity = [.. result.Equity] }, CancellationToken.None);

        for (int i = 0; i < count; i++)
        {
            var alone = await BacktestRunner.RunAsync(Engine($"t{i}", new RsiStrategy(Levels(i)), ThresholdRisk), Candles, null, CancellationToken.None);
            Assert.NotEmpty(alone.Trades);
            Assert.Equal(alone.Trades, results[i].Trades);
            Assert.Equal(alone.Orders, results[i].Orders);
            Assert.Equal(alone.Metrics, results[i].Metrics);
            Assert.Equal(alone.Equity, results[i].Equity);
        }
        // The levels decide: every point trades differently on the one RSI series.
        Assert.Equal(count, results.Select(r => r.Metrics.FinalBalance).Distinct().Count());
    }

    [Fact]
    public async Task RunAsync_DistinctIndicators_EachComputedOncePerSweep()
    {
        // Two indicators (RSI 7 and RSI 14) whose factories count their instances; three levels each: six points.
        var made = new Dictionary<int, int> { [7] = 0, [14] = 0 };
        IndicatorDefinition Counted(int period) => RsiCatalog.Definition with
        {
            Factory = args =>
            {
                lock (made) made[period]++;
                return RsiCatalog.Definition.Factory(args);
            },
        };
        var definitions = new Dictionary<int, IndicatorDefinition> { [7] = Counted(7), [14] = Counted(14) };
        var points = Enumerable.Range(0, 6).Select(i =>
        {
            int period = i < 3 ? 7 : 14;
            double low = 25 + 5 * (i % 3);
            return new SweepPoint($"level {period} {low}", source => Engine($"c{i}", new LevelCross(source.Create(definitions[period], [period]), low, 70), Risks[0]));
        }).ToArray();
        var finals = new decimal[points.Length];

        await ParallelSweep.RunAsync(points, Candles, 2, (i, result) => finals[i] = result.Metrics.FinalBalance, CancellationToken.None);

        Assert.Equal(1, made[7]);
        Assert.Equal(1, made[14]);
        for (int i = 0; i < points.Length; i++)
        {
            var alone = await BacktestRunner.RunAsync(points[i].Engine(FreshIndicators.Instance), Candles, null, CancellationToken.None);
            Assert.Equal(alone.Metrics.FinalBalance, finals[i]);
        }
    }

    [Fact]
    public async Task RunAsync_MoreDistinctIndicatorsThanItKeeps_ComputesALeftSeriesAgainWithTheSameResults()
    {
        // One run at a time keeps 8 series: RSI 2..10 (keys "a 2".."a 10" run first, in key order) push RSI 2 out before
        // the last point ("b 2") asks for it again.
        var made = new int[11];
        var definitions = Enumerable.Range(0, 11).Select(period => RsiCatalog.Definition with
        {
            Factory = args =>
            {
                Interlocked.Increment(ref made[period]);
                return RsiCatalog.Definition.Factory(args);
            },
        }).ToArray();
        var periods = Enumerable.Range(2, 9).Append(2).ToArray();
        var points = periods.Select((period, i) => new SweepPoint(i < 9 ? $"a {period:00}" : $"b {period:00}",
            source => Engine($"e{i}", new LevelCross(source.Create(definitions[period], [period]), 30 + i, 70), Risks[0]))).ToArray();
        var finals = new decimal[points.Length];

        await ParallelSweep.RunAsync(points, Candles, 1, (i, result) => finals[i] = result.Metrics.FinalBalance, CancellationToken.None);

        Assert.Equal(2, made[2]);
        Assert.All(Enumerable.Range(3, 8), period => Assert.Equal(1, made[period]));
        for (int i = 0; i < points.Length; i++)
        {
            var alone = await BacktestRunner.RunAsync(points[i].Engine(FreshIndicators.Instance), Candles, null, CancellationToken.None);
            Assert.Equal(alone.Metrics.FinalBalance, finals[i]);
        }
    }

    [Fact]
    public async Task RunAsync_StrategyThatSkipsACandleOfItsSharedIndicator_Throws()
    {
        var points = new[] { new SweepPoint("skipping", source => Engine("s", new SkipsSecondCandle(source.Create(RsiCatalog.Definition, [14])), Risks[0])) };

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => ParallelSweep.RunAsync(points, Candles, 1, (_, _) => { }, CancellationToken.None));

        Assert.Contains("must feed each of its indicators every candle", e.Message);
    }

    // Enters when the indicator crosses above `low`, exits when it crosses below `high`.
    private sealed class LevelCross(IIndicator indicator, double low, double high) : IStrategy
    {
        private double _previous = double.NaN;

        public IReadOnlyList<StrategyIndicator> Indicators => [new("level", indicator)];

        public Signal OnCandle(in Candle candle)
        {
            indicator.Add(candle);
            double value = indicator.Value(0), previous = _previous;
            _previous = value;
            if (value < high && previous >= high) return Signal.Exit("below");
            return value > low && previous <= low ? Signal.Enter("above") : Signal.None;
        }
    }

    private sealed class SkipsSecondCandle(IIndicator indicator) : IStrategy
    {
        private int _seen;

        public IReadOnlyList<StrategyIndicator> Indicators => [new("skipping", indicator)];

        public Signal OnCandle(in Candle candle)
        {
            if (_seen++ != 1) indicator.Add(candle);
            return Signal.None;
        }
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
