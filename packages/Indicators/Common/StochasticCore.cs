namespace Trader.Indicators;

/// <summary>
/// The stochastic oscillator shared by Stochastic, Stochastic RSI and Williams %R: raw %K over the lookback
/// window, %K = SMA(smooth) of raw %K, %D = SMA(signal) of %K. All values 0..100, NaN while undefined.
/// </summary>
/// <remarks>Raw %K is 0 when the highest high equals the lowest low (a flat window), as in the library.</remarks>
internal sealed class StochasticCore
{
    private readonly int _lookback;
    private readonly SlidingRange _range;
    private readonly RollingMean _smooth;
    private readonly RollingMean _signal;

    public StochasticCore(int lookback, int signal, int smooth)
    {
        _lookback = lookback;
        _range = new SlidingRange(lookback);
        _smooth = new RollingMean(smooth);
        _signal = new RollingMean(signal);
    }

    /// <summary>%K (slow %K), 0..100.</summary>
    public double Oscillator { get; private set; } = double.NaN;

    /// <summary>%D, 0..100.</summary>
    public double Signal { get; private set; } = double.NaN;

    public void Add(double high, double low, double close)
    {
        _range.Add(high, low);
        if (_range.Count < _lookback) return;

        double raw = RawK(close, _range.Highest, _range.Lowest);
        Oscillator = _smooth.Update(raw);
        if (!double.IsNaN(Oscillator)) Signal = _signal.Update(Oscillator);
    }

    /// <summary>Raw %K (0..100): where the close sits between the window's lowest low and highest high; 0 on a flat window.</summary>
    public static double RawK(double close, double highest, double lowest) =>
        highest == lowest ? 0 : 100 * (close - lowest) / (highest - lowest);
}
