using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// True Range, one candle at a time: max(high - low, |high - prevClose|, |low - prevClose|), in price units.
/// Undefined (null) on the first candle, which has no previous close.
/// </summary>
public sealed class TrueRangeIncremental : IIndicator
{
    // NaN until the first candle: Math.Max and Math.Abs propagate it, so the first TR is NaN without a branch.
    private double _prevClose = double.NaN;
    private double _value = double.NaN;

    /// <inheritdoc />
    public IndicatorDefinition Definition => TrueRangeCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_value);

    /// <summary>Feeds the next closed candle and returns its true range (null on the first candle).</summary>
    public double? Add(in Candle candle)
    {
        _value = Next(candle);
        return _value.ToNullable();
    }

    /// <summary>The kernel shared with ATR and ADX: NaN on the first candle.</summary>
    internal double Next(in Candle candle)
    {
        double prev = _prevClose;
        _prevClose = candle.Close;
        return Of(candle.High, candle.Low, prev);
    }

    /// <summary>The previous close the next update compares with (NaN before the first candle).</summary>
    internal double PreviousClose
    {
        get => _prevClose;
        set => _prevClose = value;
    }

    /// <summary>The formula, shared by every indicator that needs a true range; NaN when <paramref name="previousClose"/> is NaN.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double Of(double high, double low, double previousClose) =>
        Math.Max(high - low, Math.Max(Math.Abs(high - previousClose), Math.Abs(low - previousClose)));

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);
}
