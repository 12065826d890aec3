using Trader.Domain;

namespace Trader.Simulator;

/// <summary>
/// Candles of one stored series (the shared database, through Core's <see cref="ICandleStore"/> port), read once at
/// start-up and replayed like a CSV: history up to the last stored candle, closed candles only.
/// </summary>
public sealed class StoredCandleSource : ICandleSource
{
    private readonly Candle[] _candles;

    private StoredCandleSource(Candle[] candles, Timeframe timeframe)
    {
        _candles = candles;
        Timeframe = timeframe;
    }

    /// <inheritdoc />
    public Timeframe Timeframe { get; }

    /// <inheritdoc />
    public Candle? First => _candles[0];

    /// <summary>Close time of the last stored candle, Unix ms UTC: where a replay of the whole series ends.</summary>
    public long EndMs => Timeframe.CloseTimeMs(_candles[^1].OpenTimeMs);

    /// <inheritdoc />
    public IReadOnlyList<Candle> ClosedAt(long nowMs) => ClosedCandles.Prefix(_candles, Timeframe, nowMs);

    /// <summary>Reads every stored candle of <paramref name="series"/>.</summary>
    /// <exception cref="ConfigException">The series holds no candles; the message says how to fill it.</exception>
    public static async Task<StoredCandleSource> LoadAsync(ICandleStore store, SeriesKey series, CancellationToken ct)
    {
        var candles = await store.ReadRangeAsync(series, long.MinValue, long.MaxValue, ct);
        if (candles.Count == 0)
            throw new ConfigException($"--db: the database holds no candles for {series}; fill it with the backfiller (backfiller --exchange {series.Exchange} --symbols {series.Symbol} --timeframes {series.Timeframe} --since ...) or pick another --timeframe/--exchange.");
        return new StoredCandleSource([.. candles], series.Timeframe);
    }
}
