using Trader.Domain;

namespace Trader.Dashboard.Api;

/// <summary>An OHLCV bar; open time in Unix ms UTC.</summary>
internal sealed record CandleView(long OpenTimeMs, double Open, double High, double Low, double Close, double Volume)
{
    public static CandleView From(Candle c) => new(c.OpenTimeMs, c.Open, c.High, c.Low, c.Close, c.Volume);
}
