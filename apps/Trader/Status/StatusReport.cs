using System.Globalization;
using Trader.Domain;
using Trader.Database;

namespace Trader.Trader.Status;

/// <summary>`trader status`: one line per registered instance, read from the shared database (<see cref="Fleet"/>, as the dashboard).</summary>
internal static class StatusReport
{
    public static async Task WriteAsync(TradingDatabase db, TextWriter output, long nowMs, CancellationToken ct)
    {
        var summaries = await new Fleet(db.Instances, db.Trades, db.Equity).SummarizeAsync(nowMs, ct);
        if (summaries.Count == 0)
        {
            output.WriteLine($"No instances registered in {db.Location}.");
            return;
        }
        var rows = new List<string[]> { new[] { "INSTANCE", "MODE", "STATUS", "MARKET", "HEARTBEAT", "POSITION", "P&L TODAY", "P&L TOTAL", "TRADES" } };
        foreach (var s in summaries)
        {
            var r = s.Instance.Registration;
            rows.Add([
                r.Name,
                r.Mode.ToString().ToLowerInvariant(),
                s.Instance.Status.ToString().ToLowerInvariant(),
                $"{r.Exchange} {r.Symbol} {r.Timeframe}",
                Age(s.HeartbeatAgeMs) + " ago",
                s.OpenPosition is { } open ? $"{Money(open.Amount)} @ {Money(open.EntryPrice)}" : "flat",
                Money(s.PnlToday),
                Money(s.PnlTotal),
                s.ClosedTrades.ToString(CultureInfo.InvariantCulture),
            ]);
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(row => row[i].Length)).ToArray();
        foreach (var row in rows) output.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        output.WriteLine("P&L is realised, after fees, in quote currency; today is the UTC day.");
    }

    private static string Money(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    private static string Age(long ms) => ms switch
    {
        < 120_000 => $"{ms / 1000}s",
        < 7_200_000 => $"{ms / 60_000}m",
        < 172_800_000 => $"{ms / 3_600_000}h",
        _ => $"{ms / 86_400_000}d",
    };
}
