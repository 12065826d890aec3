using Trader.Domain;

namespace Trader.Exchange.Adapters.Coinbase;

/// <summary>
/// Coinbase's candle granularities (ONE_MINUTE, FIVE_MINUTE, FIFTEEN_MINUTE, THIRTY_MINUTE, ONE_HOUR, TWO_HOUR,
/// SIX_HOUR, ONE_DAY). The other timeframes are built with <see cref="CandleResampler"/>: 3m from 1m, 4h and 8h from 2h,
/// 12h from 6h, 3d and 1w from 1d.
/// </summary>
public static class CoinbaseGranularities
{
    private static readonly Dictionary<Timeframe, string> Native = new()
    {
        [Timeframe.M1] = "ONE_MINUTE", [Timeframe.M5] = "FIVE_MINUTE", [Timeframe.M15] = "FIFTEEN_MINUTE", [Timeframe.M30] = "THIRTY_MINUTE",
        [Timeframe.H1] = "ONE_HOUR", [Timeframe.H2] = "TWO_HOUR", [Timeframe.H6] = "SIX_HOUR", [Timeframe.D1] = "ONE_DAY",
    };

    private static readonly Dictionary<Timeframe, Timeframe> Resampled = new()
    {
        [Timeframe.M3] = Timeframe.M1,
        [Timeframe.H4] = Timeframe.H2,
        [Timeframe.H8] = Timeframe.H2,
        [Timeframe.H12] = Timeframe.H6,
        [Timeframe.D3] = Timeframe.D1,
        [Timeframe.W1] = Timeframe.D1,
    };

    /// <summary>The granularity names, each with the timeframe it is.</summary>
    public static IReadOnlyDictionary<Timeframe, string> Names => Native;

    /// <summary>The timeframes Coinbase lacks, each with the native one it is built from.</summary>
    public static IReadOnlyDictionary<Timeframe, Timeframe> ResampledFrom => Resampled;

    /// <summary>The native timeframe to request for <paramref name="wanted"/> (itself, or the finer one it is resampled from) and its granularity name.</summary>
    public static (Timeframe Source, string Granularity) For(Timeframe wanted)
    {
        var source = Resampled.GetValueOrDefault(wanted, wanted);
        return Native.TryGetValue(source, out var name)
            ? (source, name)
            : throw new ExchangeException($"Coinbase has no {wanted} candles and none to build them from; use one of {string.Join(", ", Native.Keys.Concat(Resampled.Keys))}.");
    }
}
