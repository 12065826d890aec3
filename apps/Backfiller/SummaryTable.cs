using System.Globalization;
using System.Text;
using Trader.Domain;

namespace Trader.Backfiller;

/// <summary>The end-of-run table: one row per series with rows added, gaps filled, rows rejected, holes, missing and status.</summary>
public static class SummaryTable
{
    private const int ReasonsShown = 20;

    /// <summary>Renders <paramref name="reports"/> as aligned plain text, followed by the rejection reasons.</summary>
    public static string Render(IReadOnlyList<SeriesReport> reports)
    {
        string[] header = ["series", "added", "gaps filled", "rejected", "holes", "missing", "status"];
        var rows = reports.Select(r => new[]
        {
            r.Key.ToString(), N(r.Added), N(r.GapsFilled), N(r.Rejected.Count), N(r.Holes), N(r.Missing),
            r.IsComplete ? "complete" : "INCOMPLETE" + (r.Error is null ? "" : ": " + r.Error),
        }).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(string[] cells) =>
            text.AppendLine(string.Join("  ", cells.Select((c, i) => i is 0 or 6 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd());
        Line(header);
        foreach (var row in rows) Line(row);
        foreach (var r in reports)
        {
            foreach (var rejection in r.Rejected.Take(ReasonsShown))
                text.AppendLine(CultureInfo.InvariantCulture, $"rejected {r.Key} {TimeText.Iso(rejection.Candle.OpenTimeMs)}: {rejection.Reason}");
            if (r.Rejected.Count > ReasonsShown) text.AppendLine(CultureInfo.InvariantCulture, $"rejected {r.Key}: {r.Rejected.Count - ReasonsShown} more");
        }
        return text.ToString();
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
