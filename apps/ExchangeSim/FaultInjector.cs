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
