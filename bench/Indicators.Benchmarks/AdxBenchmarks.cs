using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

public class AdxBenchmarks : CandleSeriesBenchmark
{
    [Benchmark(OperationsPerInvoke = Count)]
    public AdxResult[] Batch() => Candles.AsSpan().Adx(14);
}
