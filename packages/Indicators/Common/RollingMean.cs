namespace Trader.Indicators;

/// <summary>Simple mean of the last N values with a running sum: O(1), allocation-free; NaN until N values arrived.</summary>
internal sealed class RollingMean
{
    private readonly RingBuffer _window;
    private readonly double _inverse;
    private double _sum;

    public RollingMean(int period)
    {
        _window = new RingBuffer(period);
        _inverse = 1.0 / period;
    }

    public bool IsFull => _window.IsFull;

    /// <summary>Adds a value; returns the mean of the last N values, or NaN during warm-up.</summary>
    public double Update(double value)
    {
        // The evicted value is 0 while filling, so one expression serves warm-up and steady state.
        _sum += value - _window.Push(value);
        return _window.IsFull ? Mean(_sum, _inverse) : double.NaN;
    }

    /// <summary>The mean from the window's sum and 1 / N (multiplying: a division per value bounded the batch loops).</summary>
    public static double Mean(double sum, double inverseLength) => sum * inverseLength;
}
