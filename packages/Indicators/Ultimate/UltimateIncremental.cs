using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Ultimate Oscillator (0..100), one candle at a time: O(1), no allocation per update.</summary>
/// <remarks>
/// Buying pressure BP = close - min(low, previous close) and true range TR = max(high, previous close) - min(low, previous close)
/// from the second bar on; average_n = sum(BP) / sum(TR) over the last n bars;
/// UO = 100 * (4 * avg_short + 2 * avg_middle + avg_long) / 7. First value at index longPeriod.
/// Null when a window's true range sums to 0 (flat prices), as in the library.
/// </remarks>
public sealed class UltimateIncremental : IIndicator
{
    private readonly WindowSum _bpShort;
    private readonly WindowSum _trShort;
    private readonly WindowSum _bpMiddle;
    private readonly WindowSum _trMiddle;
    private readonly WindowSum _bpLong;
    private readonly WindowSum _trLong;
    private double _previousClose = double.NaN;
    private double _value = double.NaN;

    /// <param name="shortPeriod">Bars of the short average, at least 1.</param>
    /// <param name="middlePeriod">Bars of the middle average, greater than <paramref name="shortPeriod"/>.</param>
    /// <param name="longPeriod">Bars of the long average, greater than <paramref name="middlePeriod"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">short is less than 1, or the periods are not increasing.</exception>
    public UltimateIncremental(int shortPeriod = 7, int middlePeriod = 14, int longPeriod = 28)
    {
        Validate(shortPeriod, middlePeriod, longPeriod);
        _bpShort = new WindowSum(shortPeriod);
        _trShort = new WindowSum(shortPeriod);
        _bpMiddle = new WindowSum(middlePeriod);
        _trMiddle = new WindowSum(middlePeriod);
        _bpLong = new WindowSum(longPeriod);
        _trLong = new WindowSum(longPeriod);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_value);

    /// <inheritdoc />
    public IndicatorDefinition Definition => UltimateCatalog.Definition;

    /// <summary>Adds the next closed candle; returns the oscillator (0..100), null in warm-up or on flat prices.</summary>
    public double? Add(in Candle candle)
    {
        double previousClose = _previousClose;
        _previousClose = candle.Close;
        if (double.IsNaN(previousClose)) return null;

        double floor = Math.Min(candle.Low, previousClose);
        double buyingPressure = candle.Close - floor;
        double trueRange = Math.Max(candle.High, previousClose) - floor;
        _bpShort.Add(buyingPressure);
        _trShort.Add(trueRange);
        _bpMiddle.Add(buyingPressure);
        _trMiddle.Add(trueRange);
        _bpLong.Add(buyingPressure);
        _trLong.Add(trueRange);
        if (!_trLong.IsFull) return null;

        double weighted = 4 * Average(_bpShort, _trShort) + 2 * Average(_bpMiddle, _trMiddle) + Average(_bpLong, _trLong);
        return (_value = 100 * weighted / 7).ToNullable();
    }

    private static double Average(WindowSum buyingPressure, WindowSum trueRange) =>
        trueRange.IsAllZero ? double.NaN : buyingPressure.Sum / trueRange.Sum;

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException">short is less than 1, or the periods are not increasing.</exception>
    public static void Validate(int shortPeriod, int middlePeriod, int longPeriod)
    {
        if (shortPeriod < 1) throw new ArgumentOutOfRangeException(nameof(shortPeriod), shortPeriod, "Ultimate shortPeriod must be at least 1 bar.");
        if (middlePeriod <= shortPeriod)
            throw new ArgumentOutOfRangeException(nameof(middlePeriod), middlePeriod, $"Ultimate middlePeriod must be greater than shortPeriod ({shortPeriod}).");
        if (longPeriod <= middlePeriod)
            throw new ArgumentOutOfRangeException(nameof(longPeriod), longPeriod, $"Ultimate longPeriod must be greater than middlePeriod ({middlePeriod}).");
    }
}
