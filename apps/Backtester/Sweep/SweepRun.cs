using Trader.Backtester.Run;

namespace Trader.Backtester.Sweep;

/// <summary>One run of a sweep: its place in the candidates, its parameters and its metrics.</summary>
internal sealed record SweepRun(int Index, IReadOnlyDictionary<string, double> Point, IReadOnlyList<MetricRow> Rows)
{
    /// <summary>The numeric value of metric <paramref name="key"/>, or null when it has none (e.g. no trades).</summary>
    public decimal? Metric(string key) => Rows.First(m => m.Key == key).Number;
}
