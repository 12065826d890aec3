using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

/// <summary>
/// CCI updates in both forms of its window: the O(log N) tree and the O(N) scan. The shipped kernel scans windows
/// below <c>OrderedWindow.TreeFromCapacity</c> (128) and uses the tree from there on.
/// </summary>
public class CciBenchmarks : CandleSeriesBenchmark
{
    [Params(20, 200, 2000)]
    public int Period { get; set; }

    [Params(false, true)]
    public bool Tree { get; set; }

    /// <summary>The kernel alone, one update per candle, no result array.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Incremental()
    {
        var kernel = new CciIncremental(Period, Tree ? 1 : int.MaxValue);
        double sink = 0;
        foreach (var candle in Candles) sink += kernel.Add(candle) ?? 0;
        return sink;
    }
}
