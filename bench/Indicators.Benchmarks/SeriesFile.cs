namespace Trader.Indicators.Benchmarks;

/// <summary>
/// Writes the benchmark series for programs outside .NET (scripts/bench-talib's C driver): a little-endian int64
/// count, then the highs, the lows and the closes as doubles, so both sides time the very same numbers.
/// </summary>
public static class SeriesFile
{
    public static void Write(string path)
    {
        var candles = CandleSeriesBenchmark.Generate();
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write((long)candles.Length);
        foreach (var c in candles) writer.Write(c.High);
        foreach (var c in candles) writer.Write(c.Low);
        foreach (var c in candles) writer.Write(c.Close);
    }
}
