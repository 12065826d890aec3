using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

public class BollingerBandsBenchmarks : CandleSeriesBenchmark
{
    [Benchmark(OperationsPerInvoke = Count)]
    public BollingerBandsResult[] Batch() => Closes.AsSpan().BollingerBands(20, 2);
}
