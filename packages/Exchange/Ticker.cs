namespace Trader.Exchange;

/// <summary>Last price and 24 h statistics of one market; prices in quote per base, volume in base.</summary>
public sealed record Ticker(string Symbol, long TimestampMs, decimal Last, decimal? Bid, decimal? Ask, decimal? High, decimal? Low, decimal? BaseVolume);
