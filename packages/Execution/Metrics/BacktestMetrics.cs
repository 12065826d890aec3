using Trader.Domain;
using Trader.Execution.Journal;

namespace Trader.Execution.Metrics;

/// <summary>
/// Summary statistics of one backtest. Formulas are in docs/backtesting.md; ratios are plain fractions
/// (0.12 = 12 %), money is in quote currency. A ratio that is undefined (e.g. Sharpe of a flat curve, profit
/// factor without a loss) is null.
/// </summary>
/// <param name="StartingBalance">Quote currency at start.</param>
/// <param name="FinalBalance">Equity after the last candle (what was open closed at its close).</param>
/// <param name="TotalReturn">FinalBalance / StartingBalance − 1.</param>
/// <param name="Cagr">Compound annual growth rate over the time the candles cover (holes left out), 365-day years.</param>
/// <param name="Sharpe">Mean over standard deviation of daily returns (UTC days), × √365 (risk-free rate 0).</param>
/// <param name="Sortino">Mean over downside deviation of daily returns (target 0), × √365.</param>
/// <param name="SharpePerCandle">The same ratio from per-candle returns, × √(candles per year); not comparable across timeframes.</param>
/// <param name="SortinoPerCandle">The Sortino ratio from per-candle returns, × √(candles per year).</param>
/// <param name="Calmar">CAGR over max drawdown.</param>
/// <param name="MaxDrawdown">Deepest fall from a peak, with its dates.</param>
/// <param name="Trades">Closed round trips.</param>
/// <param name="WinRate">Share of trades with a positive net pnl.</param>
/// <param name="ProfitFactor">Gross profit over gross loss.</param>
/// <param name="Expectancy">Mean net pnl per trade, quote currency.</param>
/// <param name="AverageDurationMs">Mean time in a trade, ms.</param>
/// <param name="Exposure">Share of the covered time (holes left out) spent holding a position.</param>
/// <param name="BestTrade">Highest trade return (pnl / cost).</param>
/// <param name="WorstTrade">Lowest trade return (pnl / cost).</param>
/// <param name="FeesPaid">Sum of all fees, quote currency.</param>
/// <param name="BuyAndHoldReturn">Last close / first open − 1, over the same candles (no fees).</param>
public sealed record BacktestMetrics(
    decimal StartingBalance,
    decimal FinalBalance,
    double TotalReturn,
    double Cagr,
    double? Sharpe,
    double? Sortino,
    double? SharpePerCandle,
    double? SortinoPerCandle,
    double? Calmar,
    Drawdown MaxDrawdown,
    int Trades,
    double? WinRate,
    double? ProfitFactor,
    decimal? Expectancy,
    double? AverageDurationMs,
    double Exposure,
    double? BestTrade,
    double? WorstTrade,
    decimal FeesPaid,
    double BuyAndHoldReturn)
{
    /// <summary>Milliseconds in a day.</summary>
    public const long DayMs = 86_400_000L;

    /// <summary>Milliseconds in the 365-day year crypto trades.</summary>
    public const long YearMs = 365L * DayMs;

    /// <summary>Computes every metric from a backtest's equity curve and trades.</summary>
    /// <remarks>The curve is read in blocks of double (an <see cref="EquityCurve"/> computes each point's equity from its
    /// close and books; any other list gives its points' equity as double), twice: a column of a million candles would be
    /// 16 MB of fresh memory for a one-shot backtest. The money figures (final balance, drawdown amount) are exact, from
    /// the points they are about.</remarks>
    /// <exception cref="ArgumentException">The starting balance is not positive.</exception>
    public static BacktestMetrics Compute(MetricsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(input.StartingBalance, 0m, nameof(input));

        decimal final = input.Equity.Count == 0 ? input.StartingBalance : input.Equity[^1].Equity;
        double growth = (double)(final / input.StartingBalance);
        long coveredMs = input.Covered.TotalMs;
        double years = (double)coveredMs / YearMs;
        double cagr = Math.Pow(growth, 1.0 / years) - 1.0;
        double start = (double)input.StartingBalance;

        // First pass: the daily closes, the candle returns' sums and the drawdown; second pass: the returns' deviation.
        Span<long> timesMs = stackalloc long[BlockSize];
        Span<double> values = stackalloc double[BlockSize];
        var daily = new DailyEquity();
        var candleReturns = new ReturnSums(start);
        var drawdownTracker = new DrawdownTracker(start);
        for (int at = 0, read; (read = Block(input.Equity, at, timesMs, values)) > 0; at += read)
        {
            daily.Add(timesMs[..read], values[..read]);
            candleReturns.AddFirst(values[..read]);
            drawdownTracker.Add(at, timesMs[..read], values[..read]);
        }
        for (int at = 0, read; (read = Block(input.Equity, at, timesMs, values)) > 0; at += read) candleReturns.AddSecond(values[..read]);
        var (sharpe, sortino) = ReturnSums.Of(start, daily.Values, 365.0);
        var (candleSharpe, candleSortino) = candleReturns.Ratios(PeriodsPerYear(input.Timeframe));
        var drawdown = drawdownTracker.Result(input);

        var trades = input.Trades;
        int n = trades.Count;
        decimal grossProfit = trades.Where(t => t.Pnl > 0m).Sum(t => t.Pnl);
        decimal grossLoss = -trades.Where(t => t.Pnl < 0m).Sum(t => t.Pnl);
        long heldMs = trades.Sum(t => t.DurationMs);
        long heldCoveredMs = trades.Sum(t => input.Covered.OverlapMs(t.EntryTimeMs, t.ExitTimeMs));

        return new BacktestMetrics(
            input.StartingBalance,
            final,
            growth - 1.0,
            cagr,
            sharpe,
            sortino,
            candleSharpe,
            candleSortino,
            drawdown.Depth > 0 ? cagr / drawdown.Depth : null,
            drawdown,
            n,
            n == 0 ? null : (double)trades.Count(t => t.Pnl > 0m) / n,
            grossLoss == 0m ? null : (double)(grossProfit / grossLoss),
            n == 0 ? null : trades.Sum(t => t.Pnl) / n,
            n == 0 ? null : (double)heldMs / n,
            (double)heldCoveredMs / coveredMs,
            n == 0 ? null : (double)trades.Max(t => t.ReturnFraction),
            n == 0 ? null : (double)trades.Min(t => t.ReturnFraction),
            trades.Sum(t => t.Fees),
            input.LastClose / input.FirstOpen - 1.0);
    }

    /// <summary>Candles in a 365-day year for the timeframe (12 for calendar months).</summary>
    public static double PeriodsPerYear(Timeframe timeframe) =>
        timeframe.IsCalendar ? 12.0 / timeframe.Count : (double)YearMs / timeframe.DurationMs;

    // Points in a block: 2 x 8 KB on the stack, read while in the CPU's cache.
    private const int BlockSize = 1024;

    // The points from `start` on that fit the block, their times and equity in double; 0 past the last.
    private static int Block(IReadOnlyList<EquityPoint> equity, int start, Span<long> timesMs, Span<double> values)
    {
        if (equity is EquityCurve curve) return curve.CopyTo(start, timesMs, values);
        int n = Math.Clamp(equity.Count - start, 0, values.Length);
        for (int i = 0; i < n; i++)
        {
            var point = equity[start + i];
            timesMs[i] = point.TimeMs;
            values[i] = (double)point.Equity;
        }
        return n;
    }
}
