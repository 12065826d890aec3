namespace Trader.Indicators;

/// <summary>Simple mean of the last N values with a running sum: O(1), allocation-free; NaN until N values arrived.</summary>
internal sealed class RollingMean
{
    private readonly RingBuffer _window;
    private double _sum;

    public RollingMean(int period) => _window = new RingBuffer(period);

    public bool IsFull => _window.IsFull;

    /// <summary>Adds a value; returns the mean of the last N values, or NaN during warm-up.</summary>
    public double Update(double value)
    {
        // The evicted value is 0 while filling, so one expression serves warm-up and steady state.
        _sum += value - _window.Push(value);
        return _window.IsFull ? _sum / _window.Capacity : double.NaN;
    }
}
