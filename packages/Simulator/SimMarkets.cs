using Trader.Domain;

namespace Trader.Simulator;

/// <summary>Builds a market with Binance-like filters for a symbol from a typical price.</summary>
public static class SimMarkets
{
    /// <summary>
    /// A market for <paramref name="symbol"/> (<c>BTC/USDT</c>): the tick keeps about 6 significant digits of price
    /// (0.01 at most), the step makes one step worth roughly 0.01-0.1 quote, minimum notional 5 quote, as on Binance.
    /// </summary>
    public static Market Create(string symbol, double referencePrice)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(referencePrice);
        int magnitude = (int)Math.Floor(Math.Log10(referencePrice));
        decimal tick = Math.Min(0.01m, Pow10(magnitude - 5));
        decimal step = Math.Min(1m, Pow10(magnitude >= 0 ? -magnitude - 1 : 0));
        return Market.Spot(symbol, tick, step, step, 5m);
    }

    private static decimal Pow10(int exponent)
    {
        decimal v = 1m;
        for (int i = 0; i < Math.Abs(exponent); i++) v = exponent > 0 ? v * 10 : v / 10;
        return Math.Max(v, 0.00000001m);
    }
}
