using System.Globalization;
using Trader.Domain;

namespace Trader.Notifications;

/// <summary>
/// Writes each instance's summary of the previous UTC day (trades closed, their P&amp;L, the latest equity) to the outbox,
/// once per instance and day (keyed <c>daily:NAME:YYYY-MM-DD</c>), when the notifier starts and after each midnight.
/// </summary>
public sealed class DailySummary(IAlertStore alerts, IInstanceStore instances, ITradeStore trades, IEquityStore equity, TimeProvider clock)
{
    private const long DayMs = 86_400_000L;
    private static readonly TimeSpan Check = TimeSpan.FromMinutes(1);

    /// <summary>Writes summaries until <paramref name="ct"/> is canceled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        long written = long.MinValue;
        while (!ct.IsCancellationRequested)
        {
            long today = clock.GetUtcNow().ToUnixTimeMilliseconds() / DayMs;
            if (today != written)
            {
                await WriteAsync((today - 1) * DayMs, ct).ConfigureAwait(false);
                written = today;
            }
            await Task.Delay(Check, clock, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the summary of the UTC day starting at <paramref name="dayStartMs"/> for every registered instance.</summary>
    public async Task WriteAsync(long dayStartMs, CancellationToken ct)
    {
        long dayEndMs = dayStartMs + DayMs;
        string date = DateTimeOffset.FromUnixTimeMilliseconds(dayStartMs).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var instance in await instances.ListAsync(ct).ConfigureAwait(false))
        {
            string name = instance.Registration.Name;
            var closed = (await trades.ListAsync(name, ct).ConfigureAwait(false))
                .Where(t => t.Exit is { } exit && exit.TimeMs >= dayStartMs && exit.TimeMs < dayEndMs).ToList();
            decimal pnl = closed.Sum(t => t.Exit!.Pnl);
            var latest = await equity.LatestAsync(name, ct).ConfigureAwait(false);
            string text = string.Create(CultureInfo.InvariantCulture,
                $"{date}: {closed.Count} trade(s) closed, P&L {pnl}, {closed.Count(t => t.Exit!.Pnl > 0)} won; equity {(latest is null ? "none yet" : latest.Equity.ToString(CultureInfo.InvariantCulture))}; status {instance.Status.ToString().ToLowerInvariant()}");
            await alerts.AddAsync(new AlertEvent($"daily:{name}:{date}", name, AlertKinds.DailySummary, dayEndMs, text),
                clock.GetUtcNow().ToUnixTimeMilliseconds(), ct).ConfigureAwait(false);
        }
    }
}
