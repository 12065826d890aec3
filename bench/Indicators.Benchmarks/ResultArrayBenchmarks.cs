using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

/// <summary>
/// The floor under every allocating batch call: a fresh one-million-element <c>double?[]</c> filled once,
/// with no indicator math. Subtracting it from a batch figure leaves the indicator's own cost.
/// </summary>
[MemoryDiagnoser]
public class ResultArrayBenchmarks
{
    [Benchmark(OperationsPerInvoke = CandleSeriesBenchmark.Count)]
    public double?[] AllocateAndFill()
    {
        var results = GC.AllocateUninitializedArray<double?>(CandleSeriesBenchmark.Count);
        for (int i = 0; i < results.Length; i++) results[i] = i;
        return results;
    }
}
