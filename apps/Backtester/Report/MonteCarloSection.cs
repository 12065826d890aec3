using System.Globalization;
using System.Text;
using Trader.Execution.Research;

namespace Trader.Backtester.Report;

/// <summary>
/// The Monte Carlo panel of the report (<c>--monte-carlo N --report FILE</c>): the distribution of the closed-trade
/// maximum drawdown over N shuffled trade orders, beside the drawdown as traded; the figures of <c>monte_carlo</c> in
/// the embedded <c>--json</c>.
/// </summary>
internal static class MonteCarloSection
{
    public static string Render(MonteCarloResult m)
    {
        (string Label, string Value)[] cells =
        [
            ("As traded", Percent(m.Original)), ("5 %", Percent(m.P5)), ("Median", Percent(m.Median)), ("95 %", Percent(m.P95)),
            ("Worst", Percent(m.Worst)), ("Orders deeper than as traded", m.ShareWorse.ToString("P1", CultureInfo.InvariantCulture)),
        ];
        var body = new StringBuilder();
        body.Append("<section class=\"panel\" id=\"monte-carlo\"><h2>Monte Carlo of the trade order <span class=\"count\">(")
            .Append(m.Runs.ToString("N0", CultureInfo.InvariantCulture)).Append(" shuffles of ").Append(m.Trades)
            .Append(" trades: max drawdown of the closed-trade equity)</span></h2><table class=\"metrics\"><tbody>");
        foreach (var (label, value) in cells)
        {
            body.Append("<tr><th>").Append(ReportPage.Encode(label)).Append("</th><td>").Append(value).Append("</td></tr>");
        }
        body.Append("</tbody></table></section>\n");
        return body.ToString();
    }

    private static string Percent(double fraction) => fraction.ToString("P2", CultureInfo.InvariantCulture);
}
