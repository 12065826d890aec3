namespace Trader.Indicators;

/// <summary>
/// Up to three chained EMAs (EMA, EMA of EMA, EMA of EMA of EMA) with the library's seeding: at index N - 1
/// every level is seeded with the same SMA(N) of the input, then each level smooths the level below.
/// DEMA, TEMA and TRIX are linear combinations of these levels.
/// </summary>
internal sealed class EmaCascade
{
    private readonly int _period;
    private readonly int _depth;
    private readonly Smoothing _ema;
    private double _seedSum;
    private int _count;

    public EmaCascade(int period, int depth)
    {
        _period = period;
        _depth = depth;
        _ema = Smoothing.Ema(period);
    }

    public double Level1 { get; private set; } = double.NaN;
    public double Level2 { get; private set; } = double.NaN;
    public double Level3 { get; private set; } = double.NaN;

    /// <summary>True from the seed bar (index N - 1) on.</summary>
    public bool IsSeeded => _count >= _period;

    public void Update(double value)
    {
        if (_count < _period)
        {
            _seedSum += value;
            if (++_count < _period) return;
            double seed = _seedSum / _period;
            Level1 = seed;
            if (_depth > 1) Level2 = seed;
            if (_depth > 2) Level3 = seed;
            return;
        }
        Level1 = _ema.Step(Level1, value);
        if (_depth > 1) Level2 = _ema.Step(Level2, Level1);
        if (_depth > 2) Level3 = _ema.Step(Level3, Level2);
    }
}
