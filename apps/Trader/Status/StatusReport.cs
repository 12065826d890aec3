using System.Globalization;
using Trader.Domain;
using Trader.Database;

namespace Trader.Trader.Status;

/// <summary>`trader status`: one line per registered instance, read from the shared database.</summary>
internal static class StatusReport
{
    public static async Task WriteAsync(TradingDatabase db, TextWriter output, long nowMs, CancellationToken ct)
    {
        var instances = await db.Instances.ListAsync(ct);
        if (instances.Count == 0)
        {
            output.WriteLine($"No instances registered in {db.Location}.");
            return;
        }
        long dayStartMs = nowMs - nowMs % 86_400_000;
        var rows = new List<string[]> { new[] { "INSTANCE", "MODE", "STATUS", "MARKET", "HEARTBEAT", "POSITION", "P&L TODAY", "P&L TOTAL", "TRADES" } };
        foreach (var instance in instances)
        {
            var r = instance.Registration;
            var trades = await db.Trades.ListAsync(r.Name, ct);
            var closed = trades.Where(t => t.Exit is not null).ToList();
            var open = trades.FirstOrDefault(t => t.IsOpen);
            rows.Add([
                r.Name,
                r.Mode.ToString().ToLowerInvariant(),
                instance.Status.ToString().ToLowerInvariant(),
                $"{r.Exchange} {r.Symbol} {r.Timeframe}",
                Age(nowMs - instance.HeartbeatMs) + " ago",
                open is null ? "flat" : $"{Money(open.Amount)} @ {Money(open.EntryPrice)}",
                Money(closed.Where(t => t.Exit!.TimeMs >= dayStartMs).Sum(t => t.Exit!.Pnl)),
                Money(closed.Sum(t => t.Exit!.Pnl)),
                closed.Count.ToString(CultureInfo.InvariantCulture),
            ]);
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(row => row[i].Length)).ToArray();
        foreach (var row in rows) output.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        output.WriteLine("P&L is realised, after fees, in quote currency; today is the UTC day.");
    }

    private static string Money(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    private static string Age(long ms) => ms switch
    {
        < 0 => "0s",
        < 120_000 => $"{ms / 1000}s",
        < 7_200_000 => $"{ms / 60_000}m",
        < 172_800_000 => $"{ms / 3_600_000}h",
        _ => $"{ms / 86_400_000}d",
    };
}
