using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

public class MacdBenchmarks : CandleSeriesBenchmark
{
    [Benchmark(OperationsPerInvoke = Count)]
    public MacdResult[] Batch() => Closes.AsSpan().Macd(12, 26, 9);
}
