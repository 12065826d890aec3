using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Bollinger Bands over closes, one value at a time: SMA(N) centerline and bands at k population standard
/// deviations (divide by N). Constant prices give a deviation of 0: the bands equal the centerline and
/// %B and z-score are null (a position inside a zero-width band is undefined); width is 0.
/// </summary>
public sealed class BollingerBandsIncremental : IIndicator
{
    private readonly RollingMoments _window;
    private readonly double _multiplier;
    private BollingerBandsResult _last;

    /// <param name="period">Window N, at least 1.</param>
    /// <param name="standardDeviations">Band distance k in standard deviations, greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public BollingerBandsIncremental(int period = 20, double standardDeviations = 2)
    {
        Validate(period, standardDeviations);
        _window = new RollingMoments(period);
        _multiplier = standardDeviations;
    }

    /// <summary>Checks the parameters every form of Bollinger Bands takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1, or <paramref name="standardDeviations"/> is not above 0.</exception>
    public static void Validate(int period, double standardDeviations)
    {
        if (period < 1)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"Bollinger Bands period must be at least 1, got {period}.");
        if (!(standardDeviations > 0) || double.IsInfinity(standardDeviations))
            throw new ArgumentOutOfRangeException(nameof(standardDeviations), standardDeviations, $"Bollinger Bands standardDeviations must be a finite number above 0, got {standardDeviations}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => BollingerBandsCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => _window.IsFull;

    /// <summary>Feeds the next close and returns the bands (all null until N closes were seen).</summary>
    public BollingerBandsResult Add(double close)
    {
        _window.Add(close);
        if (!_window.IsFull) return _last;
        double sma = _window.Mean;
        double deviation = Math.Sqrt(_window.Variance);
        Bands(sma, deviation, _multiplier, out double upper, out double lower);
        _last = new BollingerBandsResult(sma.ToNullable(), upper.ToNullable(), lower.ToNullable(),
            PercentB(close, upper, lower).ToNullable(), ZScore(close, sma, deviation).ToNullable(), Width(sma, upper, lower).ToNullable());
        return _last;
    }

    // The formulas of every field, NaN where undefined: the one copy, shared with the span batch form.

    /// <summary>Upper and lower band: the mean plus and minus <paramref name="multiplier"/> deviations.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void Bands(double sma, double deviation, double multiplier, out double upper, out double lower)
    {
        double offset = multiplier * deviation;
        upper = sma + offset;
        lower = sma - offset;
    }

    /// <summary>%B: (close - lower) / (upper - lower); NaN when the bands coincide.</summary>
    internal static double PercentB(double close, double upper, double lower) =>
        upper - lower == 0 ? double.NaN : (close - lower) / (upper - lower);

    /// <summary>z-score: (close - sma) / deviation; NaN when the deviation is 0.</summary>
    internal static double ZScore(double close, double sma, double deviation) => deviation == 0 ? double.NaN : (close - sma) / deviation;

    /// <summary>Width: (upper - lower) / sma; NaN when sma is 0.</summary>
    internal static double Width(double sma, double upper, double lower) => sma == 0 ? double.NaN : (upper - lower) / sma;

    void IIndicator.Add(in Candle candle) => Add(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => (field switch
    {
        0 => _last.Sma,
        1 => _last.UpperBand,
        2 => _last.LowerBand,
        3 => _last.PercentB,
        4 => _last.ZScore,
        5 => _last.Width,
        _ => throw Definition.FieldOutOfRange(field),
    }) ?? double.NaN;
}
