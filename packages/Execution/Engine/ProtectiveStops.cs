using Trader.Domain;

namespace Trader.Execution.Engine;

/// <summary>
/// The one rule for the limit of an exchange-held stop: a stop-limit sell triggers at the stop and then accepts any
/// price down to <see cref="LimitOffset"/> below it. A candle that gaps below the limit leaves the order resting at the
/// limit (it fills when the price comes back), which is what a stop-limit does on every venue.
/// </summary>
public static class ProtectiveStops
{
    /// <summary>How far below the stop the limit sits, as a fraction of the stop: 0.005 = 0.5 %.</summary>
    public const decimal LimitOffset = 0.005m;

    /// <summary>The limit of a protective sell whose stop is <paramref name="stopPrice"/>, on the market's tick.</summary>
    public static decimal LimitPrice(decimal stopPrice, Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.RoundPrice(stopPrice * (1m - LimitOffset));
    }
}
