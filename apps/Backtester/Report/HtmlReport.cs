using System.Text;
using Trader.Backtester.Run;

namespace Trader.Backtester.Report;

/// <summary>
/// The interactive report of one backtest (<c>--report FILE</c>): candles with volume, the strategy's indicators
/// (over the price or in panes below), entries and exits with their reasons on hover, equity and drawdown (%) on one
/// zoomable, pannable time axis, the headline figures, the sortable trade table and every metric. Its data is the
/// <c>--json</c> document itself plus the chart data (<see cref="ChartJson"/>), so the page and the JSON agree.
/// </summary>
internal static class HtmlReport
{
    // The figures in the cards at the top, in order; the full list is in the metrics table.
    private static readonly string[] Headline = ["total_return", "cagr", "sharpe", "max_drawdown", "trades", "win_rate", "profit_factor", "buy_and_hold_return"];

    // Green or red for the figures whose sign says good or bad; counts and rates stay neutral.
    private static string Tone(string key, decimal? value) => (key, value) switch
    {
        (_, null) => "",
        ("max_drawdown", > 0m) => " neg",
        ("total_return" or "cagr" or "sharpe" or "buy_and_hold_return", > 0m) => " pos",
        ("total_return" or "cagr" or "sharpe" or "buy_and_hold_return", < 0m) => " neg",
        _ => "",
    };

    /// <param name="title">Heading, e.g. the instance, strategy, series and range.</param>
    /// <param name="subtitle">One line under it.</param>
    /// <param name="resultJson">The <c>--json</c> document of the run.</param>
    /// <param name="chartJson">Candles and indicators (<see cref="ChartJson"/>).</param>
    /// <param name="metrics">The metric rows the JSON was written from (their display text fills the tables).</param>
    /// <param name="section">HTML of panels shown under the headline figures (the walk-forward's windows, the Monte Carlo); null for none.</param>
    public static string Render(string title, string subtitle, string resultJson, string chartJson, IReadOnlyList<MetricRow> metrics, string? section = null)
    {
        var body = new StringBuilder();
        body.Append("<section class=\"cards\">");
        foreach (var key in Headline)
        {
            var row = metrics.First(m => m.Key == key);
            string tone = Tone(key, row.Number);
            body.Append("<div class=\"card\"><div class=\"label\">").Append(ReportPage.Encode(row.Label)).Append("</div><div class=\"value").Append(tone).Append("\">")
                .Append(ReportPage.Encode(row.Display)).Append("</div></div>");
        }
        body.Append("</section>\n");
        body.Append(section);
        body.Append("<section class=\"panel\"><div class=\"chart-head\"><h2>Price, indicators, equity and drawdown</h2>")
            .Append("<span class=\"hint\">Drag to pan, wheel or pinch to zoom, double-click an axis to reset; hover a ▲ entry or ▼ exit for its reason.</span></div>")
            .Append("<div id=\"chart-wrap\"><div id=\"chart\"></div><div id=\"legend\"></div><div id=\"tooltip\" hidden></div></div></section>\n");
        body.Append("<section class=\"panel\"><h2>Trades <span class=\"count\" id=\"trade-count\"></span></h2>")
            .Append("<div class=\"scroll\"><table id=\"trades\" class=\"sortable\"><thead><tr>")
            .Append("<th data-type=\"number\">#</th><th data-type=\"text\">Entry (UTC)</th><th data-type=\"text\">Exit (UTC)</th><th data-type=\"number\">Held</th>")
            .Append("<th data-type=\"number\">Amount</th><th data-type=\"number\">Entry price</th><th data-type=\"number\">Exit price</th><th data-type=\"number\">P&amp;L</th>")
            .Append("<th data-type=\"number\">Fees</th><th data-type=\"text\">Exit</th><th data-type=\"text\" class=\"left\">Why</th>")
            .Append("</tr></thead><tbody></tbody></table></div></section>\n");
        body.Append("<section class=\"panel\"><h2>Metrics</h2><table class=\"metrics\"><tbody>");
        foreach (var row in metrics)
        {
            body.Append("<tr><th>").Append(ReportPage.Encode(row.Label)).Append("</th><td>").Append(ReportPage.Encode(row.Display)).Append("</td><td class=\"key\">")
                .Append(row.Key).Append("</td></tr>");
        }
        body.Append("</tbody></table></section>\n");
        return ReportPage.Render(title, subtitle, body.ToString(), [("backtest-json", resultJson), ("chart-json", chartJson)],
            [ReportAssets.ChartLibrary, "table-sort.js", "backtest-report.js"]);
    }
}
