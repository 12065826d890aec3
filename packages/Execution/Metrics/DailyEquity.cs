namespace Trader.Execution.Metrics;

/// <summary>
/// The equity at the end of each UTC day that has candles, fed a block at a time. A point stamped exactly at midnight is
/// a close, so it ends the day before. A day without candles (a hole) has no value: the next day's return spans the hole.
/// </summary>
internal sealed class DailyEquity
{
    private readonly List<double> _days = [];
    private long _day = long.MinValue;

    public void Add(ReadOnlySpan<long> timesMs, ReadOnlySpan<double> values)
    {
        long day = _day;
        for (int i = 0; i < values.Length; i++)
        {
            long pointDay = (timesMs[i] - 1) / BacktestMetrics.DayMs;
            if (pointDay == day) _days[^1] = values[i];
            else _days.Add(values[i]);
            day = pointDay;
        }
        _day = day;
    }

    /// <summary>Each day's last value, oldest first.</summary>
    public ReadOnlySpan<double> Values => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_days);
}
