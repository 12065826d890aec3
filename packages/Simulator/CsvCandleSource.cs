using System.Globalization;
using Trader.Domain;

namespace Trader.Simulator;

/// <summary>
/// Candles from a CSV file shaped <c>time,open,high,low,close,volume</c> (time = open, ISO 8601 UTC or Unix ms),
/// rows in time order. The timeframe is the smallest step between rows, so files with gaps still load.
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

    /// <summary>Reads and validates a file; every problem names the file and line. Throws <see cref="ConfigException"/>.</summary>
    public static CsvCandleSource Load(string path)
    {
        if (!File.Exists(path)) throw new ConfigException($"--data: file '{path}' does not exist.");
        var candles = new List<Candle>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = line.Split(',');
            if (lineNo == 1 && cells[0].Trim().Equals("time", StringComparison.OrdinalIgnoreCase)) continue;
            if (cells.Length < 6) throw new ConfigException($"{path}:{lineNo}: expected 6 columns time,open,high,low,close,volume, got {cells.Length}.");
            long openMs = ParseTime(cells[0], path, lineNo);
            var c = new Candle(openMs, Num(cells[1], "open"), Num(cells[2], "high"), Num(cells[3], "low"), Num(cells[4], "close"), Num(cells[5], "volume"));
            if (candles.Count > 0 && c.OpenTimeMs <= candles[^1].OpenTimeMs)
                throw new ConfigException($"{path}:{lineNo}: time {cells[0]} is not after the previous row; rows must be in ascending time order.");
            candles.Add(c);

            double Num(string cell, string name) =>
                double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0
                    ? v
                    : throw new ConfigException($"{path}:{lineNo}: {name} '{cell}' is not a non-negative number.");
        }
        if (candles.Count < 2) throw new ConfigException($"{path}: needs at least 2 candles to infer the timeframe, found {candles.Count}.");

        long step = long.MaxValue;
        for (int i = 1; i < candles.Count; i++) step = Math.Min(step, candles[i].OpenTimeMs - candles[i - 1].OpenTimeMs);
        var timeframe = Timeframe.All.FirstOrDefault(t => !t.IsCalendar && t.DurationMs == step);
        if (timeframe == default)
            throw new ConfigException($"{path}: the smallest step between rows is {step} ms, which is no supported timeframe ({Timeframe.AcceptedValues}).");
        return new CsvCandleSource([.. candles], timeframe);
    }

    private static long ParseTime(string cell, string path, int lineNo)
    {
        if (long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)) return ms;
        if (DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
            return t.ToUnixTimeMilliseconds();
        throw new ConfigException($"{path}:{lineNo}: time '{cell}' is neither ISO 8601 (2018-05-01T00:00:00Z) nor Unix milliseconds.");
    }
}
