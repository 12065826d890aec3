using Trader.Domain;

namespace Trader.Simulator;

/// <summary>
/// Candles from a CSV file in the project's one format (<see cref="CandleCsv"/>: <c>time,open,high,low,close,volume</c>).
/// The timeframe is the smallest step between rows, so files with gaps still load.
/// </summary>
public sealed class CsvCandleSource : ICandleSource
{
    private readonly Candle[] _candles;

    private CsvCandleSource(Candle[] candles, Timeframe timeframe)
    {
        _candles = candles;
        Timeframe = timeframe;
    }

    /// <inheritdoc />
    public Timeframe Timeframe { get; }

    /// <inheritdoc />
    public Candle? First => _candles.Length > 0 ? _candles[0] : null;

    /// <summary>Close time of the last row, Unix ms UTC: where a replay of the whole file ends.</summary>
    public long EndMs => Timeframe.CloseTimeMs(_candles[^1].OpenTimeMs);

    /// <inheritdoc />
    public IReadOnlyList<Candle> ClosedAt(long nowMs) => ClosedCandles.Prefix(_candles, Timeframe, nowMs);

    /// <summary>Reads a file through the one candle CSV reader (<see cref="CandleCsv"/>); every problem names the file and line.</summary>
    /// <exception cref="ConfigException">The file is missing, a line is bad, or the rows give no supported timeframe.</exception>
    public static CsvCandleSource Load(string path)
    {
        var candles = CandleCsv.Load(path);
        if (candles.Length < 2) throw new ConfigException($"{path}: needs at least 2 candles to infer the timeframe, found {candles.Length}.");

        long step = long.MaxValue;
        for (int i = 1; i < candles.Length; i++) step = Math.Min(step, candles[i].OpenTimeMs - candles[i - 1].OpenTimeMs);
        var timeframe = Timeframe.All.FirstOrDefault(t => !t.IsCalendar && t.DurationMs == step);
        if (timeframe == default)
            throw new ConfigException($"{path}: the smallest step between rows is {step} ms, which is no supported timeframe ({Timeframe.AcceptedValues}).");
        return new CsvCandleSource(candles, timeframe);
    }
}
