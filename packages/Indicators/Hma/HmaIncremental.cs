using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Hull moving average, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>
/// WMA over floor(sqrt(N)) bars of (2 * WMA(N / 2) - WMA(N)) of close, with integer N / 2. The intermediate series
/// starts at index N - 1, so the first value is at N - 2 + floor(sqrt(N)).
/// </remarks>
public sealed class HmaIncremental : IIndicator
{
    private readonly WmaIncremental _half;
    private readonly WmaIncremental _full;
    private readonly WmaIncremental _hull;
    private double _value = double.NaN;

    /// <param name="period">Bars N, at least 2 (N / 2 must be a whole bar).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 2.</exception>
    public HmaIncremental(int period)
    {
        Validate(period);
        _half = new WmaIncremental(period / 2);
        _full = new WmaIncremental(period);
        _hull = new WmaIncremental((int)Math.Sqrt(period));
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_value);

    /// <inheritdoc />
    public IndicatorDefinition Definition => HmaCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns the HMA, null in warm-up.</summary>
    public double? Add(double value)
    {
        double half = _half.Update(value);
        double full = _full.Update(value);
        if (double.IsNaN(full)) return null;
        return (_value = _hull.Update(2 * half - full)).ToNullable();
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 2.</exception>
    public static void Validate(int period)
    {
        if (period < 2) throw new ArgumentOutOfRangeException(nameof(period), period, "HMA period must be at least 2 bars (it uses period/2).");
    }
}
