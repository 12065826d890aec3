using Trader.Domain;

namespace Trader.Exchange.Adapters.Kraken;

/// <summary>
/// Kraken's OHLC intervals in minutes (1, 5, 15, 30, 60, 240, 1440; 10080 and 21600 are not used). The timeframes
/// Kraken lacks are resampled (<see cref="CandleResampler"/>): 3m from 1m, 2h and 6h from 1h, 8h and 12h from 4h, 3d,
/// 1w and 1M from 1d (Kraken's week starts on Thursday, ours on Monday, so weeks are built from days).
/// </summary>
public static class KrakenIntervals
{
    private static readonly Dictionary<Timeframe, int> Native = new()
    {
        [Timeframe.M1] = 1, [Timeframe.M5] = 5, [Timeframe.M15] = 15, [Timeframe.M30] = 30,
        [Timeframe.H1] = 60, [Timeframe.H4] = 240, [Timeframe.D1] = 1440,
    };

    private static readonly Dictionary<Timeframe, Timeframe> Resampled = new()
    {
        [Timeframe.M3] = Timeframe.M1, [Timeframe.H2] = Timeframe.H1, [Timeframe.H6] = Timeframe.H1, [Timeframe.H8] = Timeframe.H4,
        [Timeframe.H12] = Timeframe.H4, [Timeframe.D3] = Timeframe.D1, [Timeframe.W1] = Timeframe.D1, [Timeframe.Month1] = Timeframe.D1,
    };

    /// <summary>The timeframes Kraken lacks, each with the native one it is built from.</summary>
    public static IReadOnlyDictionary<Timeframe, Timeframe> ResampledFrom => Resampled;

    /// <summary>The native timeframe to request for <paramref name="wanted"/> (itself, or the finer one it is resampled from) and its interval in minutes.</summary>
    public static (Timeframe Source, int Minutes) For(Timeframe wanted)
    {
        var source = Resampled.GetValueOrDefault(wanted, wanted);
        return Native.TryGetValue(source, out var minutes)
            ? (source, minutes)
            : throw new ExchangeException($"Kraken has no {wanted} candles and none to build them from; use one of {string.Join(", ", Native.Keys.Concat(Resampled.Keys))}.");
    }
}
