using System.Globalization;
using System.Text;
using Trader.Backtester.Sweep;
using Trader.Backtester.WalkForward;
using Trader.Domain;

namespace Trader.Backtester.Report;

/// <summary>
/// The walk-forward panel of the report (<c>--walk-forward ... --report FILE</c>): one row per window with its spans,
/// the parameters its in-sample search chose, the in-sample objective and the out-of-sample figures. The rest of the
/// page is the single-run report of the stitched out-of-sample run.
/// </summary>
internal static class WalkForwardSection
{
    private static readonly string[] OutMetrics = ["total_return", "sharpe", "max_drawdown", "trades"];

    public static string Render(IReadOnlyList<SweepAxis> axes, string rankBy, IReadOnlyList<WalkForwardStep> steps)
    {
        var body = new StringBuilder();
        var labels = steps[0].OutOfSampleRows.ToDictionary(r => r.Key, r => r.Label);
        body.Append("<section class=\"panel\"><h2>Walk-forward windows <span class=\"count\">(").Append(steps.Count)
            .Append(", each chosen in sample by ").Append(ReportPage.Encode(rankBy)).Append(")</span></h2><div class=\"scroll\"><table id=\"walk-forward\" class=\"sortable sweep\"><thead><tr>")
            .Append("<th data-type=\"number\">#</th><th data-type=\"text\">In sample from (UTC)</th><th data-type=\"text\">Out of sample from</th><th data-type=\"text\">to</th>");
        foreach (var axis in axes) body.Append("<th data-type=\"number\">").Append(ReportPage.Encode(axis.Name)).Append("</th>");
        body.Append("<th data-type=\"number\">In-sample ").Append(ReportPage.Encode(labels[rankBy].ToLowerInvariant())).Append("</th>");
        foreach (var key in OutMetrics) body.Append("<th data-type=\"number\">Out-of-sample ").Append(ReportPage.Encode(labels[key].ToLowerInvariant())).Append("</th>");
        body.Append("</tr></thead><tbody>");
        int n = 0;
        foreach (var step in steps)
        {
            body.Append("<tr><td>").Append(++n).Append("</td>");
            foreach (long timeMs in new[] { step.Window.InFromMs, step.Window.InToMs, step.Window.OutToMs }) body.Append("<td>").Append(TimeText.Iso(timeMs)).Append("</td>");
            foreach (var axis in axes) body.Append("<td>").Append(step.Best.Point[axis.Name].ToString("G", CultureInfo.InvariantCulture)).Append("</td>");
            SweepReport.Cell(body, step.Best.Rows.First(r => r.Key == rankBy));
            foreach (var key in OutMetrics) SweepReport.Cell(body, step.OutOfSampleRows.First(r => r.Key == key));
            body.Append("</tr>");
        }
        body.Append("</tbody></table></div></section>\n");
        return body.ToString();
    }
}
