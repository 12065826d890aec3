using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// <remarks>The curve is read once into a double column (an <see cref="EquityCurve"/> gives its marks and its times
    /// are read in place; any other list gives its points' times and equity as double); the money figures (final
    /// balance, drawdown amount) are exact, from the points they are about.</remarks>
    /// <exception cref="ArgumentException">The starting balance is not positive.</exception>
    public static BacktestMetrics Compute(MetricsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(input.StartingBalance, 0m, nameof(input));

        int count = input.Equity.Count;
        double[] values = ArrayPool<double>.Shared.Rent(count);
        // A curve's times are read in place (8 bytes a candle not copied); only other lists need a column of them.
        long[]? timesColumn = input.Equity is EquityCurve ? null : ArrayPool<long>.Shared.Rent(count);
        try
        {
            ReadOnlySpan<long> timesMs = Columns(input.Equity, timesColumn, values);
            return FromColumns(input, timesMs, values.AsSpan(0, count));
        }
        finally
        {
            if (timesColumn is not null) ArrayPool<long>.Shared.Return(timesColumn);
            ArrayPool<double>.Shared.Return(values);
        }
    }

    private static BacktestMetrics FromColumns(MetricsInput input, ReadOnlySpan<long> timesMs, ReadOnlySpan<double> values)
    {
        decimal final = values.Length == 0 ? input.StartingBalance : input.Equity[^1].Equity;
        double growth = (double)(final / input.StartingBalance);
        long coveredMs = input.Covered.TotalMs;
        double years = (double)coveredMs / YearMs;
        double cagr = Math.Pow(growth, 1.0 / years) - 1.0;
        double start = (double)input.StartingBalance;
        var (sharpe, sortino) = ReturnRatios(start, CollectionsMarshal.AsSpan(DailyEquity(timesMs, values)), 365.0);
        var (candleSharpe, candleSortino) = ReturnRatios(start, values, PeriodsPerYear(input.Timeframe));
        var drawdown = MaxDrawdownOf(input, timesMs, values);

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per backtest over every candle: no time to tier up
    private static ReadOnlySpan<long> Columns(IReadOnlyList<EquityPoint> equity, long[]? timesColumn, Span<double> values)
    {
        if (equity is EquityCurve curve)
        {
            curve.CopyTo(values);
            return curve.TimesMs;
        }
        for (int i = 0; i < equity.Count; i++)
        {
            var point = equity[i];
            timesColumn![i] = point.TimeMs;
            values[i] = (double)point.Equity;
        }
        return timesColumn.AsSpan(0, equity.Count);
    }

    // The equity at the end of each UTC day that has candles. A point stamped exactly at midnight is a close, so it ends
    // the day before. A day without candles (a hole) has no value: the next day's return spans the hole.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per backtest over every candle: no time to tier up
    private static List<double> DailyEquity(ReadOnlySpan<long> timesMs, ReadOnlySpan<double> values)
    {
        var days = new List<double>();
        long day = long.MinValue;
        for (int i = 0; i < values.Length; i++)
        {
            long pointDay = (timesMs[i] - 1) / DayMs;
            if (pointDay == day) days[^1] = values[i];
            else days.Add(values[i]);
            day = pointDay;
        }
        return days;
    }

    // Sharpe (sample standard deviation, n − 1) and Sortino (downside deviation over all n returns) of the simple
    // returns between consecutive values (first, then values), annualised by √periodsPerYear; null when undefined.
    // Two passes over the values instead of an array of returns.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per backtest over every candle: no time to tier up
    private static (double? Sharpe, double? Sortino) ReturnRatios(double first, ReadOnlySpan<double> values, double periodsPerYear)
    {
        int n = values.Length;
        if (n < 2) return (null, null);
        double sum = 0, sumSq = 0, downSq = 0;
        double previous = first;
        foreach (double value in values)
        {
            double r = value / previous - 1.0;
            sum += r;
            if (r < 0) downSq += r * r;
            previous = value;
        }
        double mean = sum / n;
        previous = first;
        foreach (double value in values)
        {
            double r = value / previous - 1.0;
            sumSq += (r - mean) * (r - mean);
            previous = value;
        }
        double std = Math.Sqrt(sumSq / (n - 1));
        double downside = Math.Sqrt(downSq / n);
        double annual = Math.Sqrt(periodsPerYear);
        return (std > 0 ? mean / std * annual : null, downside > 0 ? mean / downside * annual : null);
    }

    // The deepest fall from a running peak, found on the double values; its depth and amount are then computed exactly
    // from the peak's and the trough's points (index -1 is the starting balance).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per backtest over every candle: no time to tier up
    private static Drawdown MaxDrawdownOf(MetricsInput input, ReadOnlySpan<long> timesMs, ReadOnlySpan<double> values)
    {
        double peak = (double)input.StartingBalance;
        int peakAt = -1;
        double worstDepth = 0, worstPeak = peak;
        int worstPeakAt = -1, worstTroughAt = -1;
        long? recoveryMs = null;
        for (int i = 0; i < values.Length; i++)
        {
            double value = values[i];
            if (value >= peak)
            {
                if (recoveryMs is null && worstTroughAt >= 0 && value >= worstPeak) recoveryMs = timesMs[i];
                if (value > peak)
                {
                    peak = value;
                    peakAt = i;
                }
                continue;
            }
            double depth = (peak - value) / peak;
            if (depth > worstDepth)
            {
                (worstDepth, worstPeak, worstPeakAt, worstTroughAt) = (depth, peak, peakAt, i);
                recoveryMs = null;
            }
        }
        long startMs = input.Covered.StartMs;
        if (worstTroughAt < 0) return new Drawdown(0, 0m, startMs, startMs, null);
        decimal peakEquity = worstPeakAt < 0 ? input.StartingBalance : input.Equity[worstPeakAt].Equity;
        decimal troughEquity = input.Equity[worstTroughAt].Equity;
        return new Drawdown((double)((peakEquity - troughEquity) / peakEquity), peakEquity - troughEquity,
            worstPeakAt < 0 ? startMs : timesMs[worstPeakAt], timesMs[worstTroughAt], recoveryMs);
    }
}
