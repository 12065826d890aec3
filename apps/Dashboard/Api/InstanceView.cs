using Trader.Domain;

namespace Trader.Dashboard.Api;

/// <summary>One instance at a glance, as the API returns it (from the shared <see cref="InstanceSummary"/>). Money in quote currency.</summary>
internal sealed record InstanceView(
    string Name,
    string Mode,
    string Status,
    string Exchange,
    string Symbol,
    string Timeframe,
    string Version,
    string ConfigHash,
    long StartedMs,
    long HeartbeatMs,
    long HeartbeatAgeMs,
    long? StoppedMs,
    TradeView? Position,
    decimal PnlToday,
    decimal PnlTotal,
    int ClosedTrades,
    EquityView? Equity)
{
    public static InstanceView From(InstanceSummary s)
    {
        var r = s.Instance.Registration;
        return new InstanceView(
            r.Name, Text.Of(r.Mode), Text.Of(s.Instance.Status), r.Exchange, r.Symbol, r.Timeframe.ToString(), r.Version, r.ConfigHash,
            r.StartedMs, s.Instance.HeartbeatMs, s.HeartbeatAgeMs, s.Instance.StoppedMs,
            s.OpenPosition is { } open ? TradeView.From(open) : null,
            s.PnlToday, s.PnlTotal, s.ClosedTrades,
            s.LatestEquity is { } e ? EquityView.From(e) : null);
    }
}
