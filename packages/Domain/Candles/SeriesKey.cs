
namespace Trader.Domain;

/// <summary>Identifies one candle series: an exchange's symbol at one timeframe.</summary>
/// <param name="Exchange">Exchange id as in the YAML <c>exchange:</c> key, e.g. <c>binance</c>.</param>
/// <param name="Symbol">Unified market symbol, e.g. <c>BTC/USDT</c>.</param>
/// <param name="Timeframe">Candle period.</param>
public sealed record SeriesKey(string Exchange, string Symbol, Timeframe Timeframe)
{
    /// <summary>Formats as <c>binance BTC/USDT 1h</c> for messages and logs.</summary>
    public override string ToString() => $"{Exchange} {Symbol} {Timeframe}";
}
