using Serilog.Core;
using Trader.Domain;
using Trader.Execution.Backtesting;
using Trader.Execution.Brokers;
using Trader.Execution.Engine;
using Trader.Execution.Journal;
using Trader.Execution.Metrics;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Strategies;
using Trader.Strategies.Rsi;

namespace Trader.Execution.Tests.Journal;

public sealed class EquityCurveTests
{
    private static readonly Candle[] Candles = RandomWalk.Generate(7, Timeframe.M1, EngineHarness.T0, 20_000, startPrice: 30_000, volatility: 0.002);

    // Two lots at a time, so the books hold several lots; fees and slippage, so cash has many digits.
    private static Task<BacktestResult> BacktestAsync(Market market) => BacktestRunner.RunAsync(
        new EngineBuilder("curve", Timeframe.M1, StrategyRegistry.Create(new StrategyConfig("rsi", new RsiParams(7, 35, 65))),
            new RiskConfig(new StakeConfig(Fraction: 0.3m), StopLoss: 0.01m, TakeProfit: 0.02m, TrailingStop: 0.008m, MaxOpenPositions: 2),
            new PaperConfig(10_000m, 0.001m, 0.0005m), market, Logger.None),
        Candles, null, CancellationToken.None);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Marks_EqualTheExactEquityWhenFlatAndAgreeToTwelveDigitsWhenHolding(bool unrestricted)
    {
        var result = await BacktestAsync(unrestricted ? Markets.Unrestricted : Markets.BinanceBtcUsdt);
        var curve = Assert.IsType<EquityCurve>(result.Equity);
        var (times, values) = Walked(curve);

        Assert.True(result.Trades.Count > 20, $"{result.Trades.Count} trades");
        int holding = 0;
        for (int i = 0; i < curve.Count; i++)
        {
            var point = curve[i];
            Assert.Equal(point.TimeMs, times[i]);
            Assert.Equal(point.Cash + point.PositionValue, point.Equity);
            if (point.PositionValue == 0m)
            {
                Assert.Equal((double)point.Equity, values[i]);
            }
            else
            {
                holding++;
                Assert.Equal((double)point.Equity, values[i], (double)point.Equity * 1e-12);
            }
        }
        Assert.InRange(holding, 1, curve.Count - 1);
        // Everything is closed at the end: the curve ends flat, on the exact cash.
        Assert.Equal(0m, curve[^1].PositionValue);
        Assert.Equal(result.Metrics.FinalBalance, curve[^1].Equity);
    }

    [Fact]
    public async Task Points_EqualTheEnginesExactMarkAtEachClose()
    {
        // The paper loop reads the engine's decimal equity at each close; the curve's points must be those to the digit.
        var strategy = StrategyRegistry.Create(new StrategyConfig("rsi", new RsiParams(7, 35, 65)));
        var h = new EngineHarness(strategy, new RiskConfig(new StakeConfig(Fraction: 0.3m), StopLoss: 0.01m, TakeProfit: 0.02m, MaxOpenPositions: 2),
            new PaperConfig(10_000m, 0.001m, 0.0005m), Markets.BinanceBtcUsdt);
        var steps = await h.RunAsync(RandomWalk.Generate(7, Timeframe.H1, EngineHarness.T0, 3_000, startPrice: 30_000, volatility: 0.004));

        Assert.Contains(h.Journal.Equity, p => p.PositionValue > 0m);
        Assert.Equal(steps.Select(s => (s.CloseTimeMs, s.Equity)), h.Journal.Equity.Select(p => (p.TimeMs, p.Equity)));
        Assert.Equal(h.Engine.Equity, h.Journal.Equity[^1].Equity);
    }

    [Fact]
    public async Task Metrics_OfTheCurveEqualThoseOfItsExactPoints()
    {
        var result = await BacktestAsync(Markets.BinanceBtcUsdt);
        var exact = result.Equity.ToArray();

        var fromPoints = BacktestMetrics.Compute(new MetricsInput(10_000m, exact, result.Trades, Timeframe.M1,
            CoveredTime.Of(Candles, Timeframe.M1), Candles[0].Open, Candles[^1].Close));

        Assert.Equal(fromPoints.FinalBalance, result.Metrics.FinalBalance);
        Assert.Equal(fromPoints.MaxDrawdown, result.Metrics.MaxDrawdown);
        Assert.True(fromPoints.MaxDrawdown.Depth > 0);
        Assert.Equal(fromPoints.SharpePerCandle!.Value, result.Metrics.SharpePerCandle!.Value, 1e-9);
        Assert.Equal(fromPoints.SortinoPerCandle!.Value, result.Metrics.SortinoPerCandle!.Value, 1e-9);
        Assert.Equal(fromPoints.Sharpe!.Value, result.Metrics.Sharpe!.Value, 1e-9);
    }

    [Fact]
    public void Times_ReadBackExactlyAcrossHolesIrregularStepsAndReplacedPoints()
    {
        // Regular minutes, a hole, a single point, hours, a step back in time, months of different lengths: each
        // stretch is a run of its own, and every point keeps its own time whichever way it is read.
        long[] times = [60_000, 120_000, 180_000, 600_000, 660_000, 5_000_000, 8_600_000, 12_200_000, 15_800_000, 15_000_000,
            2_678_400_000, 5_097_600_000, 7_776_000_000];
        var curve = new EquityCurve(2);
        var book = new EquityBook(100m, [1m]);
        foreach (long t in times) curve.Add(new EquityMark(t, t / 1e6, book));
        curve.Add(new EquityMark(times[^1], 9.0, book));

        var (walkedTimes, walkedValues) = Walked(curve);
        Assert.Equal(times, walkedTimes);
        Assert.Equal(times, curve.Select(p => p.TimeMs));
        Assert.Equal(times, Enumerable.Range(0, curve.Count).Select(i => curve.Mark(i).TimeMs));
        Assert.Equal(109.0, walkedValues[^1]);
        Assert.Equal(100.0 + 660_000 / 1e6, walkedValues[4]);
    }

    [Fact]
    public void Clear_EmptiesTheCurveForTheNextRun()
    {
        var curve = new EquityCurve();
        var book = new EquityBook(50m, []);
        foreach (long t in new long[] { 1_000, 2_000, 3_000 }) curve.Add(new EquityMark(t, 1.0, book));
        curve.Clear();
        curve.Add(new EquityMark(3_000, 1.0, book));
        curve.Add(new EquityMark(7_000, 1.0, book));

        Assert.Equal([3_000L, 7_000L], curve.Select(p => p.TimeMs));
        Assert.Equal([3_000L, 7_000L], Walked(curve).Times);
    }

    // The whole curve through CopyTo, in blocks of 3 (so blocks start inside books and runs).
    private static (long[] Times, double[] Values) Walked(EquityCurve curve)
    {
        var times = new List<long>();
        var values = new List<double>();
        Span<long> blockTimes = stackalloc long[3];
        Span<double> blockValues = stackalloc double[3];
        for (int at = 0, read; (read = curve.CopyTo(at, blockTimes, blockValues)) > 0; at += read)
        {
            times.AddRange(blockTimes[..read]);
            values.AddRange(blockValues[..read]);
        }
        return ([.. times], [.. values]);
    }

    [Fact]
    public void Add_SameTime_ReplacesTheLastPointAndItsBooks()
    {
        var curve = new EquityCurve();
        var flat = new EquityBook(1_000m, []);
        var holding = new EquityBook(400m, [0.5m, 0.25m]);
        curve.Add(new EquityMark(1, 100.0, flat));
        curve.Add(new EquityMark(2, 1_000.0, holding));
        curve.Add(new EquityMark(3, 1_200.0, holding));
        curve.Add(new EquityMark(3, 1_200.0, new EquityBook(1_300m, [])));

        EquityPoint[] expected = [new(1, 1_000m, 1_000m, 0m), new(2, 1_150m, 400m, 750m), new(3, 1_300m, 1_300m, 0m)];
        Assert.Equal(expected, curve);
        Assert.Equal(new EquityPoint(2, 1_150m, 400m, 750m), curve[1]);
    }
}
