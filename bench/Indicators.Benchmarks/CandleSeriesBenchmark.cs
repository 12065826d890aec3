using BenchmarkDotNet.Attributes;
using Trader.Domain;

namespace Trader.Indicators.Benchmarks;

/// <summary>
/// Base of every indicator benchmark: one million seeded random-walk candles (and their closes),
/// generated once per benchmark class so every indicator is measured over the same series.
/// </summary>
[MemoryDiagnoser]
public abstract class CandleSeriesBenchmark
{
    /// <summary>Candles per run. Benchmarks set OperationsPerInvoke = Count, so Mean is per candle: M candles/s = 1000 / Mean(ns).</summary>
    public const int Count = 1_000_000;

    protected Candle[] Candles { get; private set; } = [];

    protected double[] Closes { get; private set; } = [];

    [GlobalSetup]
    public void LoadSeries()
    {
        Candles = Generate();
        Closes = Array.ConvertAll(Candles, c => c.Close);
        OnSeriesLoaded();
    }

    /// <summary>The series every indicator benchmark (and scripts/bench-talib's TA-Lib side) runs over.</summary>
    public static Candle[] Generate() =>
        RandomWalk.Generate(seed: 42, Timeframe.M1, startOpenMs: 1_700_000_000_000, Count, startPrice: 30_000, volatility: 0.003);

    /// <summary>Hook for state that must exist before measuring (e.g. an incremental kernel), so it is not counted per operation.</summary>
    protected virtual void OnSeriesLoaded()
    {
    }
}
