using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

public class AtrBenchmarks : CandleSeriesBenchmark
{
    [Benchmark(OperationsPerInvoke = Count)]
    public AtrResult[] Batch() => Candles.AsSpan().Atr(14);
}
