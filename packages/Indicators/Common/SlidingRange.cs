namespace Trader.Indicators;

/// <summary>
/// Highest high and lowest low over the last N bars in O(1) amortized per bar, allocation-free, without
/// data-dependent branches (van Herk / Gil-Werman): the window is the tail of the previous block of N bars,
/// whose suffix extremes are computed once per block, plus the head of the current block, kept as running
/// prefix extremes.
/// </summary>
internal sealed class SlidingRange
{
    private readonly int _length;
    private readonly double[] _highs;
    private readonly double[] _lows;
    private readonly double[] _suffixHigh;
    private readonly double[] _suffixLow;
    private double _prefixHigh;
    private double _prefixLow;
    private int _offset;

    public SlidingRange(int length)
    {
        _length = length;
        _highs = new double[length];
        _lows = new double[length];
        // One extra slot holds the neutral element, so a window that is a whole block needs no special case.
        _suffixHigh = new double[length + 1];
        _suffixLow = new double[length + 1];
        Array.Fill(_suffixHigh, double.NegativeInfinity);
        Array.Fill(_suffixLow, double.PositiveInfinity);
    }

    /// <summary>Bars added so far.</summary>
    public long Count { get; private set; }

    /// <summary>Highest high of the last N bars (of all bars while fewer than N were added).</summary>
    public double Highest { get; private set; }

    /// <summary>Lowest low of the last N bars (of all bars while fewer than N were added).</summary>
    public double Lowest { get; private set; }

    public void Add(double high, double low)
    {
        int offset = _offset;
        _highs[offset] = high;
        _lows[offset] = low;
        _prefixHigh = offset == 0 ? high : Math.Max(_prefixHigh, high);
        _prefixLow = offset == 0 ? low : Math.Min(_prefixLow, low);
        Highest = Math.Max(_suffixHigh[offset + 1], _prefixHigh);
        Lowest = Math.Min(_suffixLow[offset + 1], _prefixLow);
        Count++;

        if (++offset < _length)
        {
            _offset = offset;
            return;
        }

        // Block complete: its suffix extremes serve the next N windows.
        _offset = 0;
        double h = double.NegativeInfinity, l = double.PositiveInfinity;
        for (int j = _length - 1; j >= 0; j--)
        {
            h = Math.Max(h, _highs[j]);
            l = Math.Min(l, _lows[j]);
            _suffixHigh[j] = h;
            _suffixLow[j] = l;
        }
    }
}
