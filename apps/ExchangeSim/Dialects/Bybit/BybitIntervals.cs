using Trader.Domain;

namespace Trader.ExchangeSim.Dialects.Bybit;

/// <summary>Bybit's kline intervals (minutes as numbers, then D, W, M) and the timeframes they are.</summary>
public static class BybitIntervals
{
    private static readonly Dictionary<string, Timeframe> ByName = new(StringComparer.Ordinal)
    {
        ["1"] = Timeframe.M1, ["3"] = Timeframe.M3, ["5"] = Timeframe.M5, ["15"] = Timeframe.M15, ["30"] = Timeframe.M30,
        ["60"] = Timeframe.H1, ["120"] = Timeframe.H2, ["240"] = Timeframe.H4, ["360"] = Timeframe.H6, ["720"] = Timeframe.H12,
        ["D"] = Timeframe.D1, ["W"] = Timeframe.W1, ["M"] = Timeframe.Month1,
    };

    public static bool TryParse(string interval, out Timeframe timeframe) => ByName.TryGetValue(interval, out timeframe);
}
