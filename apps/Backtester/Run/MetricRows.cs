using Trader.Domain;
using System.Globalization;
using Trader.Execution.Backtesting;
using Trader.Execution.Metrics;

namespace Trader.Backtester.Run;

/// <summary>The metrics of a run in print order: one list serves the table, <c>--json</c> and <c>backtest_runs</c>.</summary>
internal static class MetricRows
{
    public static IReadOnlyList<MetricRow> Of(BacktestResult result, long startMs, long endMs, int candles)
    {
        var m = result.Metrics;
        var dd = m.MaxDrawdown;
        return
        [
            Time("start", "Start", startMs),
            Time("end", "End", endMs),
            Count("candles", "Candles", candles),
            Money("starting_balance", "Starting balance", m.StartingBalance),
            Money("final_balance", "Final balance", m.FinalBalance),
            Percent("total_return", "Total return", m.TotalReturn),
            Percent("cagr", "CAGR", m.Cagr),
            Ratio("sharpe", "Sharpe", m.Sharpe),
            Ratio("sortino", "Sortino", m.Sortino),
            Ratio("sharpe_per_candle", "Sharpe per candle", m.SharpePerCandle),
            Ratio("sortino_per_candle", "Sortino per candle", m.SortinoPerCandle),
            Ratio("calmar", "Calmar", m.Calmar),
            Percent("max_drawdown", "Max drawdown", dd.Depth),
            Money("max_drawdown_amount", "Max drawdown amount", dd.Amount),
            Time("max_drawdown_peak", "Drawdown peak", dd.PeakMs),
            Time("max_drawdown_trough", "Drawdown trough", dd.TroughMs),
            Time("max_drawdown_recovery", "Drawdown recovery", dd.RecoveryMs),
            Count("trades", "Trades", m.Trades),
            Percent("win_rate", "Win rate", m.WinRate),
            Ratio("profit_factor", "Profit factor", m.ProfitFactor),
            Money("expectancy", "Expectancy per trade", m.Expectancy),
            Ratio("average_duration_hours", "Average duration (hours)", m.AverageDurationMs / 3_600_000.0),
            Percent("exposure", "Exposure", m.Exposure),
            Percent("best_trade", "Best trade", m.BestTrade),
            Percent("worst_trade", "Worst trade", m.WorstTrade),
            Money("fees_paid", "Fees paid", m.FeesPaid),
            Percent("buy_and_hold_return", "Buy and hold", m.BuyAndHoldReturn),
        ];
    }

    private static MetricRow Time(string key, string label, long? timeMs) =>
        timeMs is { } t ? new(key, label, null, TimeText.Iso(t), TimeText.Iso(t)) : new(key, label, null, null, "-");

    private static MetricRow Count(string key, string label, int value) =>
        new(key, label, value, null, value.ToString(CultureInfo.InvariantCulture));

    private static MetricRow Money(string key, string label, decimal? value) =>
        value is { } v ? new(key, label, v, null, v.ToString("#,0.00", CultureInfo.InvariantCulture)) : new(key, label, null, null, "-");

    private static MetricRow Percent(string key, string label, double? value) =>
        Finite(value) is { } v ? new(key, label, v, null, (v * 100m).ToString("0.00", CultureInfo.InvariantCulture) + " %") : new(key, label, null, null, "-");

    private static MetricRow Ratio(string key, string label, double? value) =>
        Finite(value) is { } v ? new(key, label, v, null, v.ToString("0.000", CultureInfo.InvariantCulture)) : new(key, label, null, null, "-");

    // JSON has no infinity or NaN; values beyond decimal's range (a CAGR over hours) print as null.
    private static decimal? Finite(double? value) =>
        value is { } v && double.IsFinite(v) && Math.Abs(v) < 7.9e27 ? Math.Round((decimal)v, 12) : null;
}
