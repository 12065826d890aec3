namespace Trader.Domain;

/// <summary>
/// Rounds values to a market's precision for people (logs, status): prices and money to the tick's decimals, amounts to
/// the step's, without trailing zeros (<c>9992.82</c>, <c>0.297</c>). For display only: orders round with
/// <see cref="Market.PrepareOrder"/>, which truncates to the tick and step.
/// </summary>
public static class MarketRounding
{
    /// <summary>A price or an amount of quote currency (equity, cash, fee, P&amp;L), at least to cents.</summary>
    public static decimal Money(this Market market, decimal value) => Round(value, Math.Max(2, market.PricePrecision));

    /// <summary>A market-data price (a close, an indicator on the price scale) as money.</summary>
    public static decimal Money(this Market market, double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? market.Money((decimal)value) : 0m;

    /// <summary>An amount of base asset, to the step's decimals.</summary>
    public static decimal Amount(this Market market, decimal value) => Round(value, market.AmountPrecision);

    // Dividing by 1.000... drops the trailing zeros a decimal keeps from its arithmetic (0.29700 -> 0.297).
    private static decimal Round(decimal value, int decimals) =>
        Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero) / 1.0000000000000000000000000000m;
}
