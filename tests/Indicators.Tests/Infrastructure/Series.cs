using Trader.Domain;

namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>Long series for batch == incremental checks: BTC daily (real) and a seeded 100,000-candle random walk.</summary>
public static class Series
{
    /// <summary>Seed of the random walk; fixed so failures reproduce.</summary>
    public const int RandomWalkSeed = 20240607;

    /// <summary>Length of the random walk.</summary>
    public const int RandomWalkLength = 100_000;

    private static readonly Lazy<Candle[]> LazyWalk = new(() =>
        RandomWalk.Generate(RandomWalkSeed, Timeframe.M1, 1_700_000_000_000, RandomWalkLength, startPrice: 30_000, volatility: 0.003));

    /// <summary>1,246 daily BTC/USD bars (quotes/bitcoin.csv), a fresh copy.</summary>
    public static Candle[] Bitcoin() => Reference.Quotes("bitcoin");

    /// <summary>The 100,000-candle random walk, a fresh copy.</summary>
    public static Candle[] RandomWalk100K() => (Candle[])LazyWalk.Value.Clone();

    /// <summary>Both long series with a name for messages, for <c>[Theory, MemberData]</c> style loops.</summary>
    public static IEnumerable<(string Name, Candle[] Candles)> Long()
    {
        yield return ("bitcoin daily", Bitcoin());
        yield return ($"random walk {RandomWalkLength} (seed {RandomWalkSeed})", RandomWalk100K());
    }

    /// <summary>The closes of <paramref name="candles"/>.</summary>
    public static double[] Closes(ReadOnlySpan<Candle> candles)
    {
        var closes = new double[candles.Length];
        for (int i = 0; i < closes.Length; i++) closes[i] = candles[i].Close;
        return closes;
    }

    /// <summary>Candles with the given closes (open = high = low = close, volume 1), one minute apart.</summary>
    public static Candle[] FromCloses(params double[] closes) =>
        closes.Select((c, i) => new Candle(i * 60_000L, c, c, c, c, 1)).ToArray();

    /// <summary>Candles from (high, low, close, volume) tuples, open = previous close, one minute apart.</summary>
    public static Candle[] FromHlcv(params (double High, double Low, double Close, double Volume)[] bars) =>
        bars.Select((b, i) => new Candle(i * 60_000L, i == 0 ? b.Close : bars[i - 1].Close, b.High, b.Low, b.Close, b.Volume)).ToArray();
}
