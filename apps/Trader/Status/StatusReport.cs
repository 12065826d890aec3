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
        var rows = new List<string[]> { new[] { "INSTANCE", "MODE", "STATUS", "MARKET", "HEARTBEAT", "POSITION", "P&L TODAY", "P&L TOTAL", "TRADES" } };
        foreach (var instance in instances)
        {
            var r = instance.Registration;
            var trades = await db.Trades.ListAsync(r.Name, ct);
            var closed = trades.Where(t => t.Exit is not null).ToList();
            var open = trades.FirstOrDefault(t => t.IsOpen);
            long todayMs = await TodayAsync(db, r, nowMs, ct);
            long dayStartMs = todayMs - todayMs % 86_400_000;
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
        output.WriteLine("P&L is realised, after fees, in quote currency; today is the UTC day of the instance's latest candle " +
            "(the replayed day for exchange: sim, otherwise the current day).");
    }

    // A simulator replays history: its "today" is the day of the candles it trades, not the wall clock's. Its history is
    // the bundled sample (small), so reading its equity points is cheap; a real venue's latest candle is now.
    private static async Task<long> TodayAsync(TradingDatabase db, InstanceRegistration instance, long nowMs, CancellationToken ct)
    {
        if (instance.Exchange != "sim") return nowMs;
        var equity = await db.Equity.ListAsync(instance.Name, 0, long.MaxValue, ct);
        return equity.Count > 0 ? equity[^1].TimeMs - 1 : nowMs;
    }

    // Cents for amounts of a unit or more (USD-like quotes), up to eight decimals below (BTC-quoted P&L, small positions).
    private static string Money(decimal value) =>
        value.ToString(Math.Abs(value) >= 1 ? "0.00" : "0.########", CultureInfo.InvariantCulture);

    private static string Age(long ms) => ms switch
    {
        < 0 => "0s",
        < 120_000 => $"{ms / 1000}s",
        < 7_200_000 => $"{ms / 60_000}m",
        < 172_800_000 => $"{ms / 3_600_000}h",
        _ => $"{ms / 86_400_000}d",
    };
}
