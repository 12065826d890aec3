using Trader.Domain;

namespace Trader.ExchangeSim;

/// <summary>Draws, per request, which fault (if any) to inject, from a seeded generator so runs repeat.</summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private FaultSettings _settings;
    private Random _random;

    public FaultInjector(FaultSettings settings)
    {
        settings.Validate();
        _settings = settings;
        _random = new Random(settings.Seed);
    }

    public FaultSettings Settings
    {
        get { lock (_gate) return _settings; }
    }

    public long Injected429 { get; private set; }
    public long Injected5xx { get; private set; }
    public long InjectedDrops { get; private set; }

    private long _injectedBadKlines;

    public long InjectedBadKlines => Interlocked.Read(ref _injectedBadKlines);

    /// <summary>The kline as served: high and low swapped for a seeded share of open times (see <see cref="FaultSettings.RateBadKline"/>).</summary>
    public Candle Kline(Candle candle)
    {
        var settings = Settings;
        if (settings.RateBadKline <= 0 || Unit(settings.Seed, candle.OpenTimeMs) >= settings.RateBadKline) return candle;
        Interlocked.Increment(ref _injectedBadKlines);
        return candle with { High = candle.Low, Low = candle.High * 1.01 };
    }

    // SplitMix64 of (seed, open time) mapped to [0, 1): the same candle is always (or never) corrupted.
    private static double Unit(int seed, long openTimeMs)
    {
        ulong z = unchecked((ulong)openTimeMs + (ulong)seed * 0x9E3779B97F4A7C15UL + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    public void Update(FaultSettings settings)
    {
        settings.Validate();
        lock (_gate)
        {
            _settings = settings;
            _random = new Random(settings.Seed);
        }
    }

    public Fault Draw()
    {
        lock (_gate)
        {
            double roll = _random.NextDouble();
            bool after = _random.NextDouble() < 0.5;
            if (roll < _settings.Rate429)
            {
                Injected429++;
                return Fault.TooManyRequests;
            }
            roll -= _settings.Rate429;
            if (roll < _settings.Rate5xx)
            {
                Injected5xx++;
                return after ? Fault.ServerErrorAfter : Fault.ServerErrorBefore;
            }
            roll -= _settings.Rate5xx;
            if (roll < _settings.RateDrop)
            {
                InjectedDrops++;
                return after ? Fault.DropAfter : Fault.DropBefore;
            }
            return Fault.None;
        }
    }
}
