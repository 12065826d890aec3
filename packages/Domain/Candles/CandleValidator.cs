using System.Globalization;

namespace Trader.Domain;

/// <summary>
/// The one check of candles where they enter the system (exchange payloads through the candle store, <c>backfiller
/// import</c>, the backtester's and the simulator's CSV files): finite prices within <see cref="MinPrice"/>..<see cref="MaxPrice"/>,
/// low &lt;= open/close &lt;= high, volume from 0 to <see cref="MaxVolume"/>, an open time in 1970..2100 and, when the
/// timeframe is known, aligned to it. The bounds keep every later step (decimal money at the broker, close times,
/// dates in reports) inside its range: a candle that passes cannot overflow anything downstream.
/// </summary>
public static class CandleValidator
{
    /// <summary>Smallest accepted price: far below any listed pair, far above where decimal money rounds to zero.</summary>
    public const double MinPrice = 1e-12;

    /// <summary>Largest accepted price: far above any listed pair, far below decimal's range once multiplied by an amount.</summary>
    public const double MaxPrice = 1e15;

    /// <summary>Largest accepted volume (base asset per candle).</summary>
    public const double MaxVolume = 1e18;

    /// <summary>Earliest accepted open time: 1970-01-01T00:00:00Z.</summary>
    public const long MinOpenTimeMs = 0;

    /// <summary>Open times must be before this: 2100-01-01T00:00:00Z.</summary>
    public const long EndOpenTimeMs = 4_102_444_800_000;

    /// <summary>Why <paramref name="candle"/> is not a valid <paramref name="timeframe"/> candle, or null when it is.</summary>
    public static string? Validate(in Candle candle, Timeframe timeframe)
    {
        if (Validate(candle) is { } reason) return reason;
        if (!timeframe.IsAligned(candle.OpenTimeMs))
            return $"open time {candle.OpenTimeMs} is not aligned to {timeframe} (the candle containing it opens at {timeframe.FloorMs(candle.OpenTimeMs)})";
        return null;
    }

    /// <summary>Why <paramref name="candle"/> is not a valid candle of any timeframe, or null when it is.</summary>
    public static string? Validate(in Candle candle)
    {
        if (candle.OpenTimeMs is < MinOpenTimeMs or >= EndOpenTimeMs)
            return $"open time {candle.OpenTimeMs} is outside 1970-01-01..2100-01-01 (Unix ms {MinOpenTimeMs}..{EndOpenTimeMs})";
        string? badPrice = Price("open", candle.Open) ?? Price("high", candle.High) ?? Price("low", candle.Low) ?? Price("close", candle.Close);
        if (badPrice is not null) return badPrice;
        if (candle.Low > candle.High) return $"low {Format(candle.Low)} is above high {Format(candle.High)}";
        if (candle.Open < candle.Low) return $"open {Format(candle.Open)} is below low {Format(candle.Low)}";
        if (candle.Open > candle.High) return $"open {Format(candle.Open)} is above high {Format(candle.High)}";
        if (candle.Close < candle.Low) return $"close {Format(candle.Close)} is below low {Format(candle.Low)}";
        if (candle.Close > candle.High) return $"close {Format(candle.Close)} is above high {Format(candle.High)}";
        if (!double.IsFinite(candle.Volume)) return $"volume is {Format(candle.Volume)}, not a finite number";
        if (candle.Volume < 0) return $"volume {Format(candle.Volume)} is negative";
        if (candle.Volume > MaxVolume) return $"volume {Format(candle.Volume)} is above the largest accepted volume {Format(MaxVolume)}";
        return null;
    }

    private static string? Price(string name, double value) =>
        !double.IsFinite(value) ? $"{name} is {Format(value)}, not a finite number"
        : value <= 0 ? $"{name} {Format(value)} is not positive"
        : value < MinPrice ? $"{name} {Format(value)} is below the smallest accepted price {Format(MinPrice)}"
        : value > MaxPrice ? $"{name} {Format(value)} is above the largest accepted price {Format(MaxPrice)}"
        : null;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
