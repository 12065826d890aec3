using Trader.Execution.Engine;
using Trader.Execution.Journal;
using Trader.Execution.Metrics;
using Trader.Domain;

namespace Trader.Execution.Backtesting;

/// <summary>
/// Replays candles through the same <see cref="TradingEngine"/> the trader runs, built by the same
/// <see cref="EngineBuilder"/>, with an in-memory journal, then closes what is still open at the last close and
/// computes the metrics.
/// </summary>
public static class BacktestRunner
{
    /// <summary>Candles between two progress reports.</summary>
    public const int ProgressEvery = 10_000;

    /// <summary>Runs the engine <paramref name="engine"/> builds over <paramref name="candles"/> (in time order, at least one).</summary>
    /// <param name="engine">Strategy and its warm-up, risk, paper settings, market and broker (the simulated one unless it names another).</param>
    /// <param name="candles">Closed candles, increasing open time.</param>
    /// <param name="progress">Receives the number of candles processed every <see cref="ProgressEvery"/> candles and at the end; may be null.</param>
    /// <param name="ct">Stops the replay between candles.</param>
    /// <exception cref="ArgumentException">No candles.</exception>
    public static Task<BacktestResult> RunAsync(EngineBuilder engine, IReadOnlyList<Candle> candles, IProgress<int>? progress, CancellationToken ct) =>
        RunAsync(engine, candles, null, new EquityCurve(candles?.Count ?? 0), progress, ct);

    /// <summary>
    /// The same, with the time the candles cover already known (a sweep computes it once for all its runs) and the curve
    /// to record the equity into (empty; the result's <see cref="BacktestResult.Equity"/> is that curve).
    /// </summary>
    internal static async Task<BacktestResult> RunAsync(EngineBuilder engine, IReadOnlyList<Candle> candles, CoveredTime? covered, EquityCurve equity,
        IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0) throw new ArgumentException("A backtest needs at least one candle.", nameof(candles));

        var journal = new InMemoryJournal(equity);
        var built = engine.Build(journal);

        for (int i = 0; i < candles.Count; i++)
        {
            await built.StepAsync(candles[i], ct);
            if ((i + 1) % ProgressEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(i + 1);
            }
        }
        await built.CloseAllAsync(ct);
        progress?.Report(candles.Count);

        var first = candles[0];
        var last = candles[^1];
        var metrics = BacktestMetrics.Compute(new MetricsInput(
            engine.Paper.StartingBalance,
            journal.Equity,
            journal.Trades,
            engine.Timeframe,
            covered ?? CoveredTime.Of(candles, engine.Timeframe),
            first.Open,
            last.Close));
        return new BacktestResult(metrics, journal.Trades, journal.Equity, journal.Orders);
    }
}
