namespace Trader.Domain;

/// <summary>
/// One instance at a glance, as `trader status`, the dashboard and its metrics all show it (computed once, by
/// <see cref="Of"/>, so they cannot disagree). Money is in quote currency; P&amp;L is realised, after fees.
/// </summary>
/// <param name="Instance">The registration and liveness as stored.</param>
/// <param name="HeartbeatAgeMs">Milliseconds since the last heartbeat (0 when the heartbeat is in the future).</param>
/// <param name="OpenPosition">The open trade, or null when the instance is flat.</param>
/// <param name="PnlToday">Realised P&amp;L of the trades closed since 00:00 UTC of the instance's today (<see cref="TodayMs"/>).</param>
/// <param name="PnlTotal">Realised P&amp;L of every closed trade.</param>
/// <param name="ClosedTrades">Number of closed trades.</param>
/// <param name="LatestEquity">The newest equity snapshot, or null when none was recorded.</param>
public sealed record InstanceSummary(
    InstanceInfo Instance,
    long HeartbeatAgeMs,
    Trade? OpenPosition,
    decimal PnlToday,
    decimal PnlTotal,
    int ClosedTrades,
    EquitySnapshot? LatestEquity)
{
    private const long DayMs = 86_400_000;

    /// <summary>The instance's name.</summary>
    public string Name => Instance.Registration.Name;

    /// <summary>Start of the UTC day holding <paramref name="nowMs"/>, Unix ms.</summary>
    public static long DayStartMs(long nowMs) => nowMs - (nowMs % DayMs + DayMs) % DayMs;

    /// <summary>
    /// The instant whose UTC day is the instance's "today": the in-process simulator (<c>exchange: sim</c>) replays
    /// history, so its today is the day of the latest candle it traded (its newest equity snapshot); any other venue's
    /// is <paramref name="nowMs"/>.
    /// </summary>
    public static long TodayMs(InstanceInfo instance, EquitySnapshot? latestEquity, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Registration.Exchange == ExchangeIds.Simulator && latestEquity is not null ? latestEquity.TimeMs - 1 : nowMs;
    }

    /// <summary>Summarises <paramref name="instance"/> from its trades (any order) and newest equity snapshot at <paramref name="nowMs"/>.</summary>
    public static InstanceSummary Of(InstanceInfo instance, IReadOnlyList<Trade> trades, EquitySnapshot? latestEquity, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(trades);
        long dayStartMs = DayStartMs(TodayMs(instance, latestEquity, nowMs));
        var exits = trades.Where(t => t.Exit is not null).Select(t => t.Exit!).ToList();
        return new InstanceSummary(
            instance,
            Math.Max(0, nowMs - instance.HeartbeatMs),
            trades.FirstOrDefault(t => t.IsOpen),
            exits.Where(e => e.TimeMs >= dayStartMs).Sum(e => e.Pnl),
            exits.Sum(e => e.Pnl),
            exits.Count,
            latestEquity);
    }
}
