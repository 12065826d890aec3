using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

public class StochBenchmarks : CandleSeriesBenchmark
{
    [Benchmark(OperationsPerInvoke = Count)]
    public StochResult[] Batch() => Candles.AsSpan().Stoch(14, 3, 3);
}
