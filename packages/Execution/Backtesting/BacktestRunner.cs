using Trader.Execution.Brokers;
using Trader.Execution.Engine;
using Trader.Execution.Journal;
using Trader.Execution.Metrics;
using Trader.Risk;
using Trader.Domain;

namespace Trader.Execution.Backtesting;

/// <summary>
/// Replays candles through the same <see cref="TradingEngine"/> the trader runs, with the simulated broker and an
/// in-memory journal, then closes what is still open at the last close and computes the metrics.
/// </summary>
public static class BacktestRunner
{
    /// <summary>Candles between two progress reports.</summary>
    public const int ProgressEvery = 10_000;

    /// <summary>Runs <paramref name="setup"/> over <paramref name="candles"/> (in time order, at least one).</summary>
    /// <param name="setup">Strategy, risk, paper settings and market.</param>
    /// <param name="candles">Closed candles, increasing open time.</param>
    /// <param name="progress">Receives the number of candles processed every <see cref="ProgressEvery"/> candles and at the end; may be null.</param>
    /// <param name="ct">Stops the replay between candles.</param>
    /// <exception cref="ArgumentException">No candles.</exception>
    public static async Task<BacktestResult> RunAsync(BacktestSetup setup, IReadOnlyList<Candle> candles, IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0) throw new ArgumentException("A backtest needs at least one candle.", nameof(candles));

        var journal = new InMemoryJournal(candles.Count);
        var broker = SimulatedBroker.FromPaper(setup.Paper, setup.Market, setup.Log);
        var engine = new TradingEngine(
            new EngineSettings(setup.Name, setup.Timeframe, setup.Paper.StartingBalance, setup.Paper.Fee, setup.Market),
            setup.Strategy,
            new RiskManager(setup.Risk, setup.Timeframe, setup.Log),
            broker,
            journal,
            setup.Log);

        for (int i = 0; i < candles.Count; i++)
        {
            await engine.OnClosedCandleAsync(candles[i], ct);
            if ((i + 1) % ProgressEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(i + 1);
            }
        }
        await engine.CloseAllAsync(ct);
        progress?.Report(candles.Count);

        var first = candles[0];
        var last = candles[^1];
        var metrics = BacktestMetrics.Compute(new MetricsInput(
            setup.Paper.StartingBalance,
            journal.Equity,
            journal.Trades,
            setup.Timeframe,
            CoveredTime.Of(candles, setup.Timeframe),
            first.Open,
            last.Close));
        return new BacktestResult(metrics, journal.Trades, journal.Equity, journal.Orders);
    }
}
