using System.Text;
using System.Text.Json;
using Trader.Domain;

namespace Trader.Backtester.Report;

/// <summary>
/// The chart data of a report: candles (as columns, times in Unix seconds as the chart library wants them) and the
/// strategy's recorded indicators. Runs longer than <see cref="MaxBars"/> candles are drawn with k candles per bar
/// (open of the first, highest high, lowest low, close of the last, summed volume; indicators as at the bar's last
/// candle), so a year of minutes still opens quickly; the trades and equity come at full resolution from the
/// embedded <c>--json</c> document.
/// </summary>
internal static class ChartJson
{
    /// <summary>Most bars drawn.</summary>
    public const int MaxBars = 20_000;

    /// <param name="candles">The replayed range.</param>
    /// <param name="timeframe">Its timeframe.</param>
    /// <param name="indicators">Recorded over the same candles (one value per candle).</param>
    /// <param name="priceDecimals">Decimals of the market's tick, for the price axis.</param>
    public static string Of(IReadOnlyList<Candle> candles, Timeframe timeframe, IReadOnlyList<RecordedIndicator> indicators, int priceDecimals)
    {
        int perBar = (candles.Count + MaxBars - 1) / MaxBars;
        int bars = (candles.Count + perBar - 1) / perBar;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("timeframe", timeframe.ToString());
            json.WriteNumber("candles_per_bar", perBar);
            json.WriteNumber("price_decimals", priceDecimals);
            Column(json, "time", bars, b => candles[b * perBar].OpenTimeMs / 1000);
            Column(json, "open", bars, b => candles[b * perBar].Open);
            Column(json, "high", bars, b => Bucket(candles, b, perBar).Max(c => c.High));
            Column(json, "low", bars, b => Bucket(candles, b, perBar).Min(c => c.Low));
            Column(json, "close", bars, b => candles[Last(candles.Count, b, perBar)].Close);
            Column(json, "volume", bars, b => Bucket(candles, b, perBar).Sum(c => c.Volume));
            json.WriteStartArray("indicators");
            foreach (var indicator in indicators)
            {
                json.WriteStartObject();
                json.WriteString("label", indicator.Label);
                json.WriteBoolean("price_scale", indicator.Plot.IsPriceScale);
                json.WriteStartArray("fields");
                foreach (var field in indicator.Plot.Fields) json.WriteStringValue(field);
                json.WriteEndArray();
                json.WriteStartArray("values");
                foreach (var values in indicator.Values)
                {
                    json.WriteStartArray();
                    for (int b = 0; b < bars; b++)
                    {
                        double v = values[Last(candles.Count, b, perBar)];
                        if (double.IsFinite(v)) json.WriteNumberValue(v);
                        else json.WriteNullValue();
                    }
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static int Last(int count, int bar, int perBar) => Math.Min(count, (bar + 1) * perBar) - 1;

    private static IEnumerable<Candle> Bucket(IReadOnlyList<Candle> candles, int bar, int perBar)
    {
        for (int i = bar * perBar; i <= Last(candles.Count, bar, perBar); i++) yield return candles[i];
    }

    private static void Column(Utf8JsonWriter json, string name, int bars, Func<int, double> value)
    {
        json.WriteStartArray(name);
        for (int b = 0; b < bars; b++) json.WriteNumberValue(value(b));
        json.WriteEndArray();
    }
}
