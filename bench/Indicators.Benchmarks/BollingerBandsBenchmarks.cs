using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

public class BollingerBandsBenchmarks : CandleSeriesBenchmark
{
    [Benchmark(OperationsPerInvoke = Count)]
    public BollingerBandsResult[] Batch() => Closes.AsSpan().BollingerBands(20, 2);

    /// <summary>The kernel alone, one update per close, no result array: the per-update cost the engine pays.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Incremental()
    {
        var kernel = new BollingerBandsIncremental(20, 2);
        double sink = 0;
        foreach (double close in Closes) sink += kernel.Add(close).UpperBand ?? 0;
        return sink;
    }
}
