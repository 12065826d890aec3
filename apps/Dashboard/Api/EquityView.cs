using Trader.Domain;

namespace Trader.Dashboard.Api;

/// <summary>An equity snapshot, in quote currency.</summary>
internal sealed record EquityView(long TimeMs, decimal Equity, decimal Cash, decimal PositionValue)
{
    public static EquityView From(EquitySnapshot s) => new(s.TimeMs, s.Equity, s.Cash, s.PositionValue);
}
