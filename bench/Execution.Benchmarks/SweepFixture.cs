using Serilog.Core;
using Trader.Domain;
using Trader.Execution.Backtesting;
using Trader.Execution.Brokers;
using Trader.Execution.Engine;
using Trader.Execution.Metrics;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Simulator;
using Trader.Strategies;
using Trader.Strategies.Rsi;

namespace Trader.Execution.Benchmarks;

/// <summary>
/// A sweep as <c>backtester --sweep</c> runs one: <see cref="Runs"/> points of the built-in <c>rsi</c> strategy (RSI 14,
/// 30/70) that differ in stop loss, take profit and trailing stop, over 1,000,000 one-minute candles (seeded random walk,
/// in memory) shared by every run, on every core through <see cref="ParallelSweep"/> (one recording of the strategy's
/// signals, replayed by every point). With <c>thresholds</c> the points differ instead in the strategy's oversold and
/// overbought levels (10 x 10, RSI 14, one risk), so each point runs its own strategy; they share the one RSI series
/// through the sweep's indicator source unless <c>shareIndicators</c> is false (each computes its RSI, as before).
/// </summary>
public sealed class SweepFixture
{
    public const int CandleCount = 1_000_000;

    private static readonly long Start = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private readonly Candle[] _candles = RandomWalk.Generate(42, Timeframe.M1, Start, CandleCount, startPrice: 40_000, volatility: 0.001);
    private readonly Market _market;

    private readonly bool _thresholds;
    private readonly bool _shareIndicators;

    public SweepFixture(int runs, bool thresholds = false, bool shareIndicators = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        Runs = runs;
        _thresholds = thresholds;
        _shareIndicators = shareIndicators;
        _market = SimMarkets.Create("BTC/USDT", _candles[0].Open);
    }

    public int Runs { get; }

    public long CandleRuns => (long)Runs * CandleCount;

    /// <summary>The measured work: every point run over every candle, metrics included; returns the metrics in point order.</summary>
    public async Task<BacktestMetrics[]> RunAsync(int parallelism)
    {
        var metrics = new BacktestMetrics[Runs];
        var points = Enumerable.Range(0, Runs).Select(i => new SweepPoint(StrategyKey(i), indicators => Engine(i, indicators))).ToArray();
        await ParallelSweep.RunAsync(points, _candles, parallelism, (i, result) => metrics[i] = result.Metrics, CancellationToken.None);
        return metrics;
    }

    // Point i of a 5 x 5 x 4 grid of stop loss, take profit and trailing stop, or of a 10 x 10 grid of oversold (20-38) and
    // overbought (62-80) levels (either wraps after 100 points).
    private EngineBuilder Engine(int i, IIndicatorSource indicators)
    {
        var risk = _thresholds
            ? new RiskConfig(new StakeConfig(Fraction: 0.1m), StopLoss: 0.01m, TakeProfit: 0.02m, TrailingStop: 0.01m)
            : new RiskConfig(new StakeConfig(Fraction: 0.1m),
                StopLoss: 0.005m * (1 + i % 5), TakeProfit: 0.01m * (1 + i / 5 % 5), TrailingStop: 0.01m * (1 + i / 25 % 4));
        var strategy = StrategyRegistry.Create(new StrategyConfig("rsi", Params(i)), _shareIndicators ? indicators : FreshIndicators.Instance);
        return new EngineBuilder("sweep", Timeframe.M1, strategy, risk, new PaperConfig(10_000m, 0.001m, 0.0005m), _market, Logger.None);
    }

    private RsiParams Params(int i) => _thresholds ? new RsiParams(14, 20 + 2 * (i % 10), 62 + 2 * (i / 10 % 10)) : new RsiParams();

    private string StrategyKey(int i) => _thresholds ? $"rsi {Params(i)}" : "rsi 14 30 70";
}
