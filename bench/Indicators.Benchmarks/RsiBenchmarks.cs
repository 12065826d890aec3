using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

public class RsiBenchmarks : CandleSeriesBenchmark
{
    private RsiIncremental _incremental = null!;

    private double?[] _buffer = [];

    protected override void OnSeriesLoaded()
    {
        _incremental = new RsiIncremental(14);
        _buffer = new double?[Closes.Length];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double?[] Batch() => Closes.AsSpan().Rsi(14);

    [Benchmark(OperationsPerInvoke = Count)]
    public double? BatchIntoBuffer()
    {
        Closes.AsSpan().Rsi(14, _buffer);
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
