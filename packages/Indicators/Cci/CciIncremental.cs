using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Commodity channel index, one candle at a time: O(log N) per update, exact, no allocation.</summary>
/// <remarks>
/// TP = (high + low + close) / 3; CCI = (TP - SMA(TP)) / (0.015 * mean absolute deviation of TP around that mean).
/// First value at index N - 1; null on a flat window (all N typical prices equal, so the deviation is exactly 0;
/// tested as equality, not through a computed deviation).
/// <para>
/// The mean absolute deviation is why this is O(log N) and not O(1). Sum |x - m| splits at the mean m: the values
/// below it count negatively, the ones above positively, and m moves with every candle. The window's typical prices
/// are kept in a balanced search tree whose nodes carry subtree counts and sums, so one descent finds how many lie
/// below m and what they sum to, which gives the deviation in O(log N). Finding that split for a moving m is a
/// dynamic rank query, and with comparisons a structure answering insertions and rank queries in o(log N) each
/// would sort N values in o(N log N) comparisons; so O(log N) is the best any method that finds the split can do.
/// Windows of fewer than 128 bars are scanned instead (at most 127 terms, faster than the tree there: 63 ns against
/// 240 ns per update at N = 20; see docs/benchmarks.md).
/// </para>
/// <para>
/// Sums carry their rounding errors (double-double), so their error is about 2^-52 of the window's range rather than
/// of the prices: prices near 1e5 that move by 1e-6 keep their deviations, and since the mean is used unrounded,
/// shifting every price by a constant leaves the CCI unchanged to that precision.
/// </para>
/// </remarks>
public sealed class CciIncremental : IIndicator
{
    private readonly OrderedWindow _typical;
    private double _value = double.NaN;

    /// <param name="period">Bars in the window, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public CciIncremental(int period = 20)
        : this(period, OrderedWindow.TreeFromCapacity)
    {
    }

    // Tests and benchmarks force the tree (treeFromCapacity 1) or the scan (int.MaxValue) to compare the two.
    internal CciIncremental(int period, int treeFromCapacity)
    {
        Validate(period);
        _typical = new OrderedWindow(period, treeFromCapacity);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_value);

    /// <inheritdoc />
    public IndicatorDefinition Definition => CciCatalog.Definition;

    /// <summary>Adds the next closed candle; returns the CCI, null in warm-up or on a flat window.</summary>
    public double? Add(in Candle candle)
    {
        double typical = Typical(candle);
        _typical.Add(typical);
        if (!_typical.IsFull) return null;
        return (_value = Current(typical)).ToNullable();
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "CCI period must be at least 1 bar.");
    }

    private double Current(double typical)
    {
        // The exact test for a zero deviation: a computed mean of equal values need not equal them (0.1 twenty
        // times), and the deviation around it would be a rounding residue, not 0.
        if (_typical.AllEqual) return double.NaN;
        int n = _typical.Capacity;
        var mean = _typical.Sum / n;
        double deviation = _typical.SumOfAbsoluteDeviations(mean) / n;
        return Index(DoubleDouble.Difference(typical, mean), deviation);
    }

    /// <summary>The typical price (high + low + close) / 3.</summary>
    internal static double Typical(in Candle candle) => (candle.High + candle.Low + candle.Close) / 3;

    /// <summary>CCI from the typical price's distance to the window mean and the mean absolute deviation.</summary>
    internal static double Index(double distance, double meanDeviation) => distance / (0.015 * meanDeviation);
}
