using System.Runtime.CompilerServices;

namespace Trader.Indicators;

/// <summary>
/// The MACD recurrence: fast and slow SMA-seeded EMAs of close and the signal EMA of their difference, which starts
/// with the first MACD value. A struct shared by <see cref="MacdIncremental"/> and the span batch form.
/// </summary>
internal struct MacdState
{
    private SeededAverage _fast;
    private SeededAverage _slow;
    private SeededAverage _signal;

    public MacdState(int fastPeriod, int slowPeriod, int signalPeriod)
    {
        _fast = new SeededAverage(fastPeriod, Smoothing.Ema(fastPeriod));
        _slow = new SeededAverage(slowPeriod, Smoothing.Ema(slowPeriod));
        _signal = new SeededAverage(signalPeriod, Smoothing.Ema(signalPeriod));
        Macd = double.NaN;
    }

    public readonly double FastEma => _fast.Value;

    public readonly double SlowEma => _slow.Value;

    /// <summary>Fast EMA minus slow EMA; NaN until the slow EMA is seeded.</summary>
    public double Macd { readonly get; private set; }

    /// <summary>EMA of <see cref="Macd"/>; NaN until it is seeded.</summary>
    public readonly double Signal => _signal.Value;

    /// <summary>MACD minus signal.</summary>
    public readonly double Histogram => Macd - _signal.Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double value)
    {
        double macd = _fast.Update(value) - _slow.Update(value);
        Macd = macd;
        if (!double.IsNaN(macd)) _signal.Update(macd);
    }
}
