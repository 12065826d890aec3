using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

public class AdxBenchmarks : CandleSeriesBenchmark
{
    [Benchmark(OperationsPerInvoke = Count)]
    public AdxResult[] Batch() => Candles.AsSpan().Adx(14);

    /// <summary>The kernel alone, one update per candle, no result array.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Incremental()
    {
        var kernel = new AdxIncremental(14);
        double sink = 0;
        foreach (var candle in Candles) sink += kernel.Add(candle).Adx ?? 0;
        return sink;
    }
}
