using BenchmarkDotNet.Attributes;

namespace Trader.Indicators.Benchmarks;

/// <summary>
/// The span batch forms of the eight indicators scripts/bench-talib compares with TA-Lib: each writes the fields
/// TA-Lib's function writes (EMA, RSI, ATR, ADX, CCI: one; STOCH: %K and %D; MACD and BBANDS: three) into buffers
/// allocated once, as a caller that owns its buffers does, over the same 1,000,000-candle random walk.
/// </summary>
[MedianColumn]
public class SpanFormBenchmarks : CandleSeriesBenchmark
{
    private double[] _first = [];
    private double[] _second = [];
    private double[] _third = [];

    protected override void OnSeriesLoaded()
    {
        _first = new double[Count];
        _second = new double[Count];
        _third = new double[Count];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double Ema20()
    {
        Closes.AsSpan().Ema(20, _first);
        return _first[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double Rsi14()
    {
        Closes.AsSpan().Rsi(14, _first);
        return _first[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double Atr14()
    {
        Candles.AsSpan().Atr(14, _first);
        return _first[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double Adx14()
    {
        Candles.AsSpan().Adx(14, _first);
        return _first[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double Stoch14_3_3()
    {
        Candles.AsSpan().Stoch(14, 3, 3, _first, _second);
        return _second[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double Cci20()
    {
        Candles.AsSpan().Cci(20, _first);
        return _first[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double Macd12_26_9()
    {
        Closes.AsSpan().Macd(12, 26, 9, _first, _second, _third);
        return _third[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double BollingerBands20_2()
    {
        Closes.AsSpan().BollingerBands(20, 2, _first, _second, _third);
        return _third[^1];
    }
}
