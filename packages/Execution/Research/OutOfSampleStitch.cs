using Trader.Domain;
using Trader.Execution.Backtesting;
using Trader.Execution.Metrics;

namespace Trader.Execution.Research;

/// <summary>
/// The out-of-sample runs of a walk-forward joined into one result: each segment was run starting with the equity the
/// previous one ended with (what is open is closed at each segment's end), so the stitched equity curve, trades and
/// orders are the segments' own, one after the other, and the money adds up (final balance = starting balance +
/// Σ pnl). Every metric is computed over the stitched curve, exactly as for a single run over those candles.
/// </summary>
public static class OutOfSampleStitch
{
    /// <param name="startingBalance">The first segment's starting balance.</param>
    /// <param name="timeframe">The candles' timeframe.</param>
    /// <param name="segments">The out-of-sample results in time order.</param>
    /// <param name="candles">Every out-of-sample candle, in time order (the segments' candles back to back).</param>
    /// <exception cref="ArgumentException">No segment or candle, or a segment does not start with the equity the previous one ended with.</exception>
    public static BacktestResult Join(decimal startingBalance, Timeframe timeframe, IReadOnlyList<BacktestResult> segments, IReadOnlyList<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(candles);
        if (segments.Count == 0) throw new ArgumentException("No out-of-sample segment to stitch.", nameof(segments));
        if (candles.Count == 0) throw new ArgumentException("No out-of-sample candle to stitch.", nameof(candles));
        decimal balance = startingBalance;
        for (int i = 0; i < segments.Count; i++)
        {
            var metrics = segments[i].Metrics;
            if (metrics.StartingBalance != balance)
                throw new ArgumentException($"Segment {i + 1} starts with {metrics.StartingBalance}, not the {balance} the one before ended with.", nameof(segments));
            balance = metrics.FinalBalance;
        }

        var equity = segments.SelectMany(s => s.Equity).ToList();
        var trades = segments.SelectMany(s => s.Trades).ToList();
        var orders = segments.SelectMany(s => s.Orders).ToList();
        var stitched = BacktestMetrics.Compute(new MetricsInput(
            startingBalance, equity, trades, timeframe, CoveredTime.Of(candles, timeframe), candles[0].Open, candles[^1].Close));
        return new BacktestResult(stitched, trades, equity, orders);
    }
}
