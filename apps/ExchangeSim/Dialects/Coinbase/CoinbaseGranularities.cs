using Trader.Domain;

namespace Trader.ExchangeSim.Dialects.Coinbase;

/// <summary>Coinbase's candle granularities and the timeframes they are (no 3m, 4h, 8h, 12h, 3d, 1w: clients resample).</summary>
public static class CoinbaseGranularities
{
    private static readonly Dictionary<string, Timeframe> ByName = new(StringComparer.Ordinal)
    {
        ["ONE_MINUTE"] = Timeframe.M1, ["FIVE_MINUTE"] = Timeframe.M5, ["FIFTEEN_MINUTE"] = Timeframe.M15, ["THIRTY_MINUTE"] = Timeframe.M30,
        ["ONE_HOUR"] = Timeframe.H1, ["TWO_HOUR"] = Timeframe.H2, ["SIX_HOUR"] = Timeframe.H6, ["ONE_DAY"] = Timeframe.D1,
    };

    public static bool TryParse(string granularity, out Timeframe timeframe) => ByName.TryGetValue(granularity, out timeframe);
}
