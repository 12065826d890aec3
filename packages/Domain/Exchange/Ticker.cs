namespace Trader.Domain;

/// <summary>Last price and 24 h statistics of one market; prices in quote per base, volume in base.</summary>
/// <param name="Symbol">Unified symbol, <c>BTC/USDT</c>.</param>
/// <param name="TimestampMs">When the statistics were taken, Unix ms UTC.</param>
/// <param name="Last">Last traded price.</param>
/// <param name="Bid">Best bid, or null.</param>
/// <param name="Ask">Best ask, or null.</param>
/// <param name="High">Highest price over 24 h, or null.</param>
/// <param name="Low">Lowest price over 24 h, or null.</param>
/// <param name="Open">Price 24 h ago, the base of the 24 h change, or null.</param>
/// <param name="BaseVolume">Volume traded over 24 h, base asset, or null.</param>
public sealed record Ticker(string Symbol, long TimestampMs, decimal Last, decimal? Bid, decimal? Ask, decimal? High, decimal? Low, decimal? Open, decimal? BaseVolume)
{
    /// <summary>Change over 24 h as a fraction, 0.01 = +1 %; null without an open.</summary>
    public decimal? Change24h => Open is > 0 ? (Last - Open.Value) / Open.Value : null;
}
