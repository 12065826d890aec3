using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

public class EmaBenchmarks : CandleSeriesBenchmark
{
    private EmaIncremental _incremental = null!;

    private double?[] _buffer = [];

    protected override void OnSeriesLoaded()
    {
        _incremental = new EmaIncremental(20);
        _buffer = new double?[Closes.Length];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double?[] Batch() => Closes.AsSpan().Ema(20);

    [Benchmark(OperationsPerInvoke = Count)]
    public double? BatchIntoBuffer()
    {
        Closes.AsSpan().Ema(20, _buffer);
        return _buffer[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double Incremental()
    {
        var kernel = _incremental;
        var closes = Closes;
        double sink = 0;
        for (int i = 0; i < closes.Length; i++) sink += kernel.Add(closes[i]) ?? 0;
        return sink;
    }
}
