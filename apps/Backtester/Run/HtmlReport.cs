using System.Globalization;
using System.Net;
using System.Text;
using Trader.Execution.Backtesting;
using Trader.Execution.Engine;
using Trader.Execution.Journal;
using Trader.Domain;

namespace Trader.Backtester.Run;

/// <summary>
/// A self-contained HTML report that opens offline: inline SVG charts (price with entry/exit markers, equity,
/// drawdown), the metrics and the trade table. No script, font or stylesheet is fetched from anywhere.
/// Long series are thinned to at most <see cref="MaxPoints"/> points per chart (last value of each bucket,
/// plus the bucket's extremes for price) so a million candles still make a small file.
/// </summary>
internal static class HtmlReport
{
    private const int MaxPoints = 2000;
    private const int Width = 1100;
    private const int Height = 260;

    public static string Render(string title, IReadOnlyList<Candle> candles, BacktestResult result, IReadOnlyList<MetricRow> metrics)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(title))
            .Append("</title><style>body{font-family:system-ui,sans-serif;margin:24px;color:#222}h1{font-size:20px}h2{font-size:16px;margin-top:28px}")
            .Append("table{border-collapse:collapse;font-size:13px}td,th{padding:3px 10px;border-bottom:1px solid #ddd;text-align:right}")
            .Append("td:first-child,th:first-child{text-align:left}svg{background:#fafafa;border:1px solid #e4e4e4}.win{color:#137333}.loss{color:#b3261e}</style></head><body>")
            .Append("<h1>").Append(E(title)).Append("</h1>");

        html.Append("<h2>Price, entries (▲) and exits (▼)</h2>");
        long t0 = candles[0].OpenTimeMs;
        long t1 = candles[^1].OpenTimeMs;
        var closes = Thin(candles.Select(c => (c.OpenTimeMs, c.Close)).ToArray());
        double lo = candles.Min(c => c.Low), hi = candles.Max(c => c.High);
        html.Append(Svg(closes, t0, t1, lo, hi, "#1a73e8", MarkersOf(result.Trades, t0, t1, lo, hi)));

        html.Append("<h2>Equity</h2>");
        var equity = Thin(result.Equity.Select(p => (p.TimeMs, (double)p.Equity)).ToArray());
        html.Append(Svg(equity, t0, t1, equity.Min(p => p.Value), equity.Max(p => p.Value), "#137333", ""));

        html.Append("<h2>Drawdown</h2>");
        var drawdown = Thin(DrawdownSeries(result.Equity, (double)result.Metrics.StartingBalance));
        html.Append(Svg(drawdown, t0, t1, drawdown.Min(p => p.Value), 0, "#b3261e", ""));

        html.Append("<h2>Metrics</h2><table>");
        foreach (var row in metrics) html.Append("<tr><td>").Append(E(row.Label)).Append("</td><td>").Append(E(row.Display)).Append("</td></tr>");
        html.Append("</table>");

        html.Append("<h2>Trades</h2><table><tr><th>#</th><th>Entry</th><th>Exit</th><th>Amount</th><th>Entry price</th><th>Exit price</th><th>Pnl</th><th>Fee</th><th>Exit reason</th></tr>");
        int n = 0;
        foreach (var t in result.Trades)
        {
            html.Append("<tr><td>").Append(++n).Append("</td><td>").Append(MetricRows.Iso(t.EntryTimeMs)).Append("</td><td>").Append(MetricRows.Iso(t.ExitTimeMs))
                .Append("</td><td>").Append(D(t.Amount)).Append("</td><td>").Append(D(t.EntryPrice)).Append("</td><td>").Append(D(t.ExitPrice))
                .Append("</td><td class=\"").Append(t.Pnl > 0 ? "win" : "loss").Append("\">").Append(t.Pnl.ToString("0.00", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(t.Fees.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td><td>").Append(ExitReasons.Name(t.ExitReason)).Append("</td></tr>");
        }
        html.Append("</table></body></html>");
        return html.ToString();
    }

    private static (long TimeMs, double Value)[] DrawdownSeries(IReadOnlyList<EquityPoint> equity, double start)
    {
        double peak = start;
        var series = new (long, double)[equity.Count];
        for (int i = 0; i < equity.Count; i++)
        {
            double e = (double)equity[i].Equity;
            peak = Math.Max(peak, e);
            series[i] = (equity[i].TimeMs, e / peak - 1.0);
        }
        return series;
    }

    private static (long TimeMs, double Value)[] Thin((long TimeMs, double Value)[] series)
    {
        if (series.Length <= MaxPoints) return series;
        int bucket = (series.Length + MaxPoints - 1) / MaxPoints;
        var thinned = new List<(long, double)>(MaxPoints * 2);
        for (int start = 0; start < series.Length; start += bucket)
        {
            int end = Math.Min(series.Length, start + bucket);
            int min = start, max = start;
            for (int i = start; i < end; i++)
            {
                if (series[i].Value < series[min].Value) min = i;
                if (series[i].Value > series[max].Value) max = i;
            }
            // Keep the extremes in time order so spikes and dips survive thinning.
            thinned.Add(series[Math.Min(min, max)]);
            if (min != max) thinned.Add(series[Math.Max(min, max)]);
        }
        return thinned.ToArray();
    }

    private static string Svg((long TimeMs, double Value)[] series, long t0, long t1, double lo, double hi, string colour, string overlay)
    {
        var svg = new StringBuilder();
        svg.Append("<svg width=\"").Append(Width).Append("\" height=\"").Append(Height)
            .Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\">");
        svg.Append("<text x=\"4\" y=\"12\" font-size=\"11\">").Append(N(hi)).Append("</text><text x=\"4\" y=\"").Append(Height - 4).Append("\" font-size=\"11\">").Append(N(lo)).Append("</text>");
        svg.Append("<polyline fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"1\" points=\"");
        foreach (var (t, v) in series) svg.Append(X(t, t0, t1)).Append(',').Append(Y(v, lo, hi)).Append(' ');
        svg.Append("\"/>").Append(overlay).Append("</svg>");
        return svg.ToString();
    }

    private static string MarkersOf(IReadOnlyList<RoundTrip> trades, long t0, long t1, double lo, double hi)
    {
        var markers = new StringBuilder();
        foreach (var t in trades)
        {
            string ex = X(t.EntryTimeMs, t0, t1), ey = Y((double)t.EntryPrice, lo, hi);
            string xx = X(t.ExitTimeMs, t0, t1), xy = Y((double)t.ExitPrice, lo, hi);
            markers.Append("<path d=\"M").Append(ex).Append(',').Append(ey).Append(" m-4,8 l4,-8 l4,8 z\" fill=\"#137333\"><title>entry ")
                .Append(MetricRows.Iso(t.EntryTimeMs)).Append(" at ").Append(D(t.EntryPrice)).Append("</title></path>");
            markers.Append("<path d=\"M").Append(xx).Append(',').Append(xy).Append(" m-4,-8 l4,8 l4,-8 z\" fill=\"#b3261e\"><title>exit ")
                .Append(MetricRows.Iso(t.ExitTimeMs)).Append(" at ").Append(D(t.ExitPrice)).Append(" (").Append(ExitReasons.Name(t.ExitReason)).Append(")</title></path>");
        }
        return markers.ToString();
    }

    private static string X(long t, long t0, long t1) =>
        N(t1 == t0 ? Width / 2.0 : 40 + (Width - 50) * (double)(Math.Clamp(t, t0, t1) - t0) / (t1 - t0));

    private static string Y(double v, double lo, double hi) =>
        N(hi <= lo ? Height / 2.0 : Height - 10 - (Height - 20) * (v - lo) / (hi - lo));

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string D(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
