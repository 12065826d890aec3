using Trader.Domain;

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
        var (sharpe, sortino) = ReturnRatios(DailyEquity(input), 365.0);
        var (candleSharpe, candleSortino) = ReturnRatios(CandleEquity(input), PeriodsPerYear(input.Timeframe));
        var drawdown = MaxDrawdownOf(input);

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

    // Equity before the first candle (the starting balance), then at every candle close.
    private static List<double> CandleEquity(MetricsInput input)
    {
        var values = new List<double>(input.Equity.Count + 1) { (double)input.StartingBalance };
        foreach (var point in input.Equity) values.Add((double)point.Equity);
        return values;
    }

    // The starting balance, then the equity at the end of each UTC day that has candles. A point stamped exactly at
    // midnight is a close, so it ends the day before. A day without candles (a hole) has no value: the next day's
    // return spans the hole.
    private static List<double> DailyEquity(MetricsInput input)
    {
        var values = new List<double> { (double)input.StartingBalance };
        long day = long.MinValue;
        foreach (var point in input.Equity)
        {
            long pointDay = (point.TimeMs - 1) / DayMs;
            if (pointDay == day) values[^1] = (double)point.Equity;
            else values.Add((double)point.Equity);
            day = pointDay;
        }
        return values;
    }

    // Sharpe (sample standard deviation, n − 1) and Sortino (downside deviation over all n returns) of the simple
    // returns between consecutive values, annualised by √periodsPerYear; null when undefined.
    private static (double? Sharpe, double? Sortino) ReturnRatios(List<double> values, double periodsPerYear)
    {
        int n = values.Count - 1;
        if (n < 2) return (null, null);
        var returns = new double[n];
        double sum = 0, sumSq = 0, downSq = 0;
        for (int i = 0; i < n; i++)
        {
            double r = values[i + 1] / values[i] - 1.0;
            returns[i] = r;
            sum += r;
            if (r < 0) downSq += r * r;
        }
        double mean = sum / n;
        foreach (double r in returns) sumSq += (r - mean) * (r - mean);
        double std = Math.Sqrt(sumSq / (n - 1));
        double downside = Math.Sqrt(downSq / n);
        double annual = Math.Sqrt(periodsPerYear);
        return (std > 0 ? mean / std * annual : null, downside > 0 ? mean / downside * annual : null);
    }

    private static Drawdown MaxDrawdownOf(MetricsInput input)
    {
        decimal peak = input.StartingBalance;
        long peakMs = input.Covered.StartMs;
        var worst = new Drawdown(0, 0m, peakMs, peakMs, null);
        decimal worstPeak = peak;
        foreach (var point in input.Equity)
        {
            if (point.Equity >= peak)
            {
                if (worst.RecoveryMs is null && worst.Depth > 0 && point.Equity >= worstPeak)
                {
                    worst = worst with { RecoveryMs = point.TimeMs };
                }
                if (point.Equity > peak)
                {
                    peak = point.Equity;
                    peakMs = point.TimeMs;
                }
                continue;
            }
            double depth = (double)((peak - point.Equity) / peak);
            if (depth > worst.Depth)
            {
                worst = new Drawdown(depth, peak - point.Equity, peakMs, point.TimeMs, null);
                worstPeak = peak;
            }
        }
        return worst;
    }
}
