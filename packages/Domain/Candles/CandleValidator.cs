using System.Globalization;

namespace Trader.Domain;

/// <summary>
/// Checks candles where they enter the system (exchange payloads, CSV imports, the candle store):
/// finite positive prices, low &lt;= open/close &lt;= high, volume &gt;= 0, open time aligned to the timeframe.
/// </summary>
public static class CandleValidator
{
    /// <summary>Why <paramref name="candle"/> is not a valid <paramref name="timeframe"/> candle, or null when it is.</summary>
    public static string? Validate(in Candle candle, Timeframe timeframe)
    {
        string? badPrice = Price("open", candle.Open) ?? Price("high", candle.High) ?? Price("low", candle.Low) ?? Price("close", candle.Close);
        if (badPrice is not null) return badPrice;
        if (candle.Low > candle.High) return $"low {Format(candle.Low)} is above high {Format(candle.High)}";
        if (candle.Open < candle.Low) return $"open {Format(candle.Open)} is below low {Format(candle.Low)}";
        if (candle.Open > candle.High) return $"open {Format(candle.Open)} is above high {Format(candle.High)}";
        if (candle.Close < candle.Low) return $"close {Format(candle.Close)} is below low {Format(candle.Low)}";
        if (candle.Close > candle.High) return $"close {Format(candle.Close)} is above high {Format(candle.High)}";
        if (!double.IsFinite(candle.Volume)) return $"volume is {Format(candle.Volume)}, not a finite number";
        if (candle.Volume < 0) return $"volume {Format(candle.Volume)} is negative";
        if (!timeframe.IsAligned(candle.OpenTimeMs))
            return $"open time {candle.OpenTimeMs} is not aligned to {timeframe} (the candle containing it opens at {timeframe.FloorMs(candle.OpenTimeMs)})";
        return null;
    }

    private static string? Price(string name, double value) =>
        !double.IsFinite(value) ? $"{name} is {Format(value)}, not a finite number"
        : value <= 0 ? $"{name} {Format(value)} is not positive"
        : null;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
