namespace Trader.Indicators;

/// <summary>
/// Running sum of the last N values, O(1) and allocation-free, that also counts the non-zero values in the window.
/// When the window holds only zeros the sum is reset to exactly 0, so "sum == 0" tests (zero volume, flat prices)
/// give the library's answer instead of a rounding residue.
/// </summary>
internal sealed class WindowSum
{
    private readonly RingBuffer _window;
    private int _nonZero;

    public WindowSum(int length) => _window = new RingBuffer(length);

    public double Sum { get; private set; }

    public bool IsFull => _window.IsFull;

    /// <summary>True when every value in the window is 0 (or nothing was added).</summary>
    public bool IsAllZero => _nonZero == 0;

    public void Add(double value)
    {
        double evicted = _window.Push(value);
        if (value != 0) _nonZero++;
        if (evicted != 0) _nonZero--;
        Sum = _nonZero == 0 ? 0 : Sum + value - evicted;
    }
}
