using System.Globalization;
using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Backtester.Features;

/// <summary>
/// Writes candles plus one column per indicator field as CSV: <c>time,open,high,low,close,volume,...</c>, time in
/// ISO 8601 UTC, numbers in shortest round-trip form, an empty cell where a value is undefined.
/// </summary>
internal static class FeatureWriter
{
    public static void Write(TextWriter output, ReadOnlySpan<Candle> candles, IReadOnlyList<IndicatorSpec> specs)
    {
        var columns = FeatureColumns.Names(specs);
        var indicators = specs.Select(s => s.Create()).ToArray();
        output.Write("time,open,high,low,close,volume");
        foreach (string column in columns) output.Write($",{column}");
        output.Write('\n');

        foreach (ref readonly Candle candle in candles)
        {
            output.Write(candle.OpenTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            Cell(output, candle.Open);
            Cell(output, candle.High);
            Cell(output, candle.Low);
            Cell(output, candle.Close);
            Cell(output, candle.Volume);
            foreach (IIndicator indicator in indicators)
            {
                indicator.Add(candle);
                for (int f = 0; f < indicator.Definition.Fields.Count; f++) Cell(output, indicator.Value(f));
            }
            output.Write('\n');
        }
    }

    private static void Cell(TextWriter output, double value)
    {
        output.Write(',');
        if (!double.IsNaN(value)) output.Write(value.ToString(CultureInfo.InvariantCulture));
    }
}
