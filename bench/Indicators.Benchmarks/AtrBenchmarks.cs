using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

public class AtrBenchmarks : CandleSeriesBenchmark
{
    [Benchmark(OperationsPerInvoke = Count)]
    public AtrResult[] Batch() => Candles.AsSpan().Atr(14);

    /// <summary>The kernel alone, one update per candle, no result array.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Incremental()
    {
        var kernel = new AtrIncremental(14);
        double sink = 0;
        foreach (var candle in Candles) sink += kernel.Add(candle).Atr ?? 0;
        return sink;
    }
}
