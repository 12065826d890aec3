using Trader.Domain;

namespace Trader.Exchange.Adapters.Bybit;

/// <summary>
/// Bybit's kline intervals (1, 3, 5, 15, 30, 60, 120, 240, 360, 720, D, W, M). Bybit has no 8h and no 3d: those are
/// served by resampling 4h and 1d candles (<see cref="CandleResampler"/>).
/// </summary>
public static class BybitIntervals
{
    private static readonly Dictionary<Timeframe, string> Native = new()
    {
        [Timeframe.M1] = "1", [Timeframe.M3] = "3", [Timeframe.M5] = "5", [Timeframe.M15] = "15", [Timeframe.M30] = "30",
        [Timeframe.H1] = "60", [Timeframe.H2] = "120", [Timeframe.H4] = "240", [Timeframe.H6] = "360", [Timeframe.H12] = "720",
        [Timeframe.D1] = "D", [Timeframe.W1] = "W", [Timeframe.Month1] = "M",
    };

    private static readonly Dictionary<Timeframe, Timeframe> Resampled = new()
    {
        [Timeframe.H8] = Timeframe.H4,
        [Timeframe.D3] = Timeframe.D1,
    };

    /// <summary>The timeframes Bybit lacks, each with the native one it is built from.</summary>
    public static IReadOnlyDictionary<Timeframe, Timeframe> ResampledFrom => Resampled;

    /// <summary>The native timeframe to request for <paramref name="wanted"/> (itself, or the finer one it is resampled from) and its interval name.</summary>
    public static (Timeframe Source, string Interval) For(Timeframe wanted)
    {
        var source = Resampled.GetValueOrDefault(wanted, wanted);
        return Native.TryGetValue(source, out var name)
            ? (source, name)
            : throw new ExchangeException($"Bybit has no {wanted} candles and none to build them from; use one of {string.Join(", ", Native.Keys.Concat(Resampled.Keys))}.");
    }
}
