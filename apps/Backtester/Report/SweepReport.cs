using System.Globalization;
using System.Text;
using Trader.Backtester.Run;
using Trader.Backtester.Sweep;

namespace Trader.Backtester.Report;

/// <summary>
/// The report of a sweep (<c>--sweep ... --report FILE</c>): a heat map of the objective (<c>--rank-by</c>) over the
/// first two swept parameters, and the ranked table of every run (sortable). With more than two parameters each cell
/// shows the best run over the others; with one, the map is a single row. The page embeds the sweep's <c>--json</c>.
/// </summary>
internal static class SweepReport
{
    // The table's metric columns, after the parameters.
    private static readonly string[] Columns = ["total_return", "cagr", "sharpe", "sortino", "max_drawdown", "trades", "win_rate", "profit_factor", "exposure"];

    /// <param name="title">Heading.</param>
    /// <param name="axes">The swept parameters, in command-line order.</param>
    /// <param name="rankBy">The objective's metric key.</param>
    /// <param name="lowerIsBetter">True when a lower objective ranks first (drawdown, fees).</param>
    /// <param name="ranked">Every run, best first.</param>
    /// <param name="sweepJson">The sweep's <c>--json</c> document.</param>
    public static string Render(string title, IReadOnlyList<SweepAxis> axes, string rankBy, bool lowerIsBetter,
        IReadOnlyList<(IReadOnlyDictionary<string, double> Point, IReadOnlyList<MetricRow> Rows)> ranked, string sweepJson)
    {
        var body = new StringBuilder();
        string objective = ranked[0].Rows.First(r => r.Key == rankBy).Label;
        body.Append("<section class=\"panel\"><h2>").Append(ReportPage.Encode(objective)).Append(" by ")
            .Append(ReportPage.Encode(string.Join(" and ", axes.Take(2).Select(a => a.Name)))).Append("</h2>");
        HeatMap(body, axes, rankBy, lowerIsBetter, ranked);
        body.Append("</section>\n");

        body.Append("<section class=\"panel\"><h2>Runs <span class=\"count\">(").Append(ranked.Count).Append(", ranked by ")
            .Append(ReportPage.Encode(rankBy)).Append(")</span></h2><div class=\"scroll\"><table id=\"sweep\" class=\"sortable sweep\"><thead><tr><th data-type=\"number\">Rank</th>");
        foreach (var axis in axes) body.Append("<th data-type=\"number\">").Append(ReportPage.Encode(axis.Name)).Append("</th>");
        var labels = ranked[0].Rows.ToDictionary(r => r.Key, r => r.Label);
        foreach (var key in Columns) body.Append("<th data-type=\"number\">").Append(ReportPage.Encode(labels[key])).Append("</th>");
        body.Append("</tr></thead><tbody>");
        int rank = 0;
        foreach (var (point, rows) in ranked)
        {
            body.Append("<tr><td>").Append(++rank).Append("</td>");
            foreach (var axis in axes) body.Append("<td>").Append(Number(point[axis.Name])).Append("</td>");
            foreach (var key in Columns) Cell(body, rows.First(r => r.Key == key));
            body.Append("</tr>");
        }
        body.Append("</tbody></table></div></section>\n");
        string subtitle = $"{ranked.Count} runs over {string.Join(" × ", axes.Select(a => $"{a.Name} ({a.Values.Count})"))}, ranked by {rankBy} ({(lowerIsBetter ? "lowest" : "highest")} first). Times are UTC.";
        return ReportPage.Render(title, subtitle, body.ToString(), [("sweep-json", sweepJson)], ["table-sort.js"]);
    }

    private static void HeatMap(StringBuilder body, IReadOnlyList<SweepAxis> axes, string rankBy, bool lowerIsBetter,
        IReadOnlyList<(IReadOnlyDictionary<string, double> Point, IReadOnlyList<MetricRow> Rows)> ranked)
    {
        var columns = axes[0];
        var rows = axes.Count > 1 ? axes[1] : null;
        // Runs are ranked best first, so the first run found for a cell is the best over the other parameters.
        MetricRow? CellOf(double x, double? y) => ranked
            .Where(r => r.Point[columns.Name] == x && (rows is null || r.Point[rows.Name] == y))
            .Select(r => r.Rows.First(m => m.Key == rankBy))
            .FirstOrDefault();
        var values = ranked.Select(r => r.Rows.First(m => m.Key == rankBy).Number).OfType<decimal>().ToList();
        decimal min = values.Count > 0 ? values.Min() : 0m, max = values.Count > 0 ? values.Max() : 0m;
        decimal? best = ranked[0].Rows.First(m => m.Key == rankBy).Number;

        body.Append("<div class=\"scroll\"><table class=\"heat\" id=\"heatmap\"><thead><tr><th>")
            .Append(rows is null ? "" : ReportPage.Encode(rows.Name) + " ↓ / ").Append(ReportPage.Encode(columns.Name)).Append(" →</th>");
        foreach (var x in columns.Values) body.Append("<th>").Append(Number(x)).Append("</th>");
        body.Append("</tr></thead><tbody>");
        foreach (double? y in rows is null ? [null] : rows.Values.Select(v => (double?)v))
        {
            body.Append("<tr><th>").Append(y is { } label ? Number(label) : "").Append("</th>");
            foreach (var x in columns.Values)
            {
                var cell = CellOf(x, y);
                if (cell?.Number is not { } v)
                {
                    body.Append("<td>-</td>");
                    continue;
                }
                // 0 = worst, 1 = best of the sweep: red through yellow to green.
                double t = max == min ? 1 : (double)((v - min) / (max - min));
                if (lowerIsBetter) t = 1 - t;
                body.Append("<td").Append(v == best ? " class=\"best\"" : "").Append(" style=\"background:hsl(")
                    .Append((t * 120).ToString("0", CultureInfo.InvariantCulture)).Append(",70%,78%)\" title=\"")
                    .Append(ReportPage.Encode($"{columns.Name}={Number(x)}{(y is { } yy ? $", {rows!.Name}={Number(yy)}" : "")}: {cell.Display}")).Append("\">")
                    .Append(ReportPage.Encode(cell.Display)).Append("</td>");
            }
            body.Append("</tr>");
        }
        body.Append("</tbody></table></div>");
        if (axes.Count > 2)
        {
            body.Append("<p class=\"note\">Each cell is the best run over ").Append(ReportPage.Encode(string.Join(", ", axes.Skip(2).Select(a => a.Name))))
                .Append("; the table below has every run.</p>");
        }
    }

    /// <summary>A metric's table cell: its display text, sorted by its number.</summary>
    public static void Cell(StringBuilder body, MetricRow row) =>
        body.Append("<td data-sort=\"").Append(row.Number?.ToString(CultureInfo.InvariantCulture) ?? "").Append("\">").Append(ReportPage.Encode(row.Display)).Append("</td>");

    private static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
