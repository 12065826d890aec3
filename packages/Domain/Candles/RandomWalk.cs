
namespace Trader.Domain;

/// <summary>
/// A deterministic candle generator: a geometric random walk from a seed, so tests, benchmarks and
/// the exchange simulator get the same realistic-looking series on every machine.
/// </summary>
/// <remarks>
/// Each candle opens at the previous close; the close moves by a log-normal step of
/// <c>volatility</c>; high and low extend beyond open/close by a random fraction of it.
/// <see cref="Random(int)"/> with a seed is stable across .NET versions.
/// </remarks>
public sealed class RandomWalk
{
    private readonly Random _random;
    private readonly Timeframe _timeframe;
    private readonly double _volatility;
    private long _nextOpenMs;
    private double _price;

    /// <param name="seed">Seed; equal seeds give equal series.</param>
    /// <param name="timeframe">Period of the generated candles.</param>
    /// <param name="startOpenMs">Open time of the first candle, Unix ms UTC; floored to the timeframe.</param>
    /// <param name="startPrice">Open of the first candle, in quote currency.</param>
    /// <param name="volatility">Standard deviation of the log return per candle, 0.002 = 0.2 %.</param>
    public RandomWalk(int seed, Timeframe timeframe, long startOpenMs, double startPrice = 100.0, double volatility = 0.002)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(startPrice);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(volatility);
        _random = new Random(seed);
        _timeframe = timeframe;
        _volatility = volatility;
        _nextOpenMs = timeframe.FloorMs(startOpenMs);
        _price = startPrice;
    }

    /// <summary>Generates <paramref name="count"/> consecutive candles from a seed.</summary>
    public static Candle[] Generate(int seed, Timeframe timeframe, long startOpenMs, int count, double startPrice = 100.0, double volatility = 0.002)
    {
        var walk = new RandomWalk(seed, timeframe, startOpenMs, startPrice, volatility);
        var candles = new Candle[count];
        for (int i = 0; i < count; i++) candles[i] = walk.Next();
        return candles;
    }

    /// <summary>The next candle of the walk.</summary>
    public Candle Next()
    {
        double open = _price;
        double close = open * Math.Exp(_volatility * Gaussian());
        double high = Math.Max(open, close) * (1 + Math.Abs(Gaussian()) * _volatility / 2);
        double low = Math.Min(open, close) * (1 - Math.Min(0.5, Math.Abs(Gaussian()) * _volatility / 2));
        double volume = 10 + 90 * _random.NextDouble();
        var candle = new Candle(_nextOpenMs, open, high, low, close, volume);
        _nextOpenMs = _timeframe.NextOpenMs(_nextOpenMs);
        _price = close;
        return candle;
    }

    // Box-Muller: two uniforms to one standard normal.
    private double Gaussian() =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - _random.NextDouble())) * Math.Cos(2.0 * Math.PI * _random.NextDouble());
}
