namespace Trader.Backtester.Run;

/// <summary>One metric as printed and as stored: a snake_case JSON key, a label and its value.</summary>
/// <param name="Key">JSON key, e.g. <c>total_return</c>.</param>
/// <param name="Label">Table label, e.g. <c>Total return</c>.</param>
/// <param name="Number">The value when numeric (null when undefined or textual).</param>
/// <param name="Text">The value when textual (ISO times); null otherwise.</param>
/// <param name="Display">Human form for the table, e.g. <c>12.34 %</c>.</param>
internal sealed record MetricRow(string Key, string Label, decimal? Number, string? Text, string Display);
