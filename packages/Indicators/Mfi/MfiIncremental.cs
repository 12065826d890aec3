using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Money flow index (0..100), one candle at a time: O(1), no allocation per update.</summary>
/// <remarks>
/// TP = (high + low + close) / 3 and raw money flow = TP * volume; a bar's flow is positive when TP rose from the
/// previous bar, negative when it fell, neither when unchanged (and on the first bar). MFI = 100 - 100 / (1 + pos/neg)
/// over the last N bars; first value at index N. With no negative flow in the window (including zero volume
/// or flat prices) the value is 100, as in the library.
/// </remarks>
public sealed class MfiIncremental : IIndicator
{
    private readonly WindowSum _positive;
    private readonly WindowSum _negative;
    private double _previousTypical = double.NaN;
    private double _value = double.NaN;

    /// <param name="period">Bars in the window, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public MfiIncremental(int period = 14)
    {
        Validate(period);
        _positive = new WindowSum(period);
        _negative = new WindowSum(period);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_value);

    /// <inheritdoc />
    public IndicatorDefinition Definition => MfiCatalog.Definition;

    /// <summary>Adds the next closed candle; returns the MFI (0..100), null in warm-up.</summary>
    public double? Add(in Candle candle)
    {
        double typical = (candle.High + candle.Low + candle.Close) / 3;
        double previous = _previousTypical;
        _previousTypical = typical;
        if (double.IsNaN(previous)) return null;

        double flow = typical * candle.Volume;
        _positive.Add(typical > previous ? flow : 0);
        _negative.Add(typical < previous ? flow : 0);
        if (!_positive.IsFull) return null;

        return _value = _negative.IsAllZero ? 100 : 100 - 100 / (1 + _positive.Sum / _negative.Sum);
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "MFI period must be at least 1 bar.");
    }
}
