using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Keltner Channels, one candle at a time, as in Stock.Indicators: EMA(E) of close as the centerline and
/// bands at k * Wilder ATR(A). Rows start at index max(E, A) - 1; a band stays null while its ATR is still
/// warming up (only when A >= E).
/// </summary>
public sealed class KeltnerIncremental : IIndicator
{
    private readonly int _firstIndex;
    private readonly double _multiplier;
    private SeededAverage _ema;
    private readonly AtrIncremental _atr;
    private int _index = -1;
    private KeltnerResult _last;

    /// <param name="emaPeriods">Centerline EMA period E, at least 1.</param>
    /// <param name="multiplier">Band distance in ATRs, greater than 0.</param>
    /// <param name="atrPeriods">ATR period A, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public KeltnerIncremental(int emaPeriods = 20, double multiplier = 2, int atrPeriods = 10)
    {
        Validate(emaPeriods, multiplier, atrPeriods);
        _firstIndex = Math.Max(emaPeriods, atrPeriods) - 1;
        _multiplier = multiplier;
        _ema = new SeededAverage(emaPeriods, Smoothing.Ema(emaPeriods));
        _atr = new AtrIncremental(atrPeriods);
    }

    /// <summary>Checks the parameters every form of Keltner Channels takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1, or the multiplier is not above 0.</exception>
    public static void Validate(int emaPeriods, double multiplier, int atrPeriods)
    {
        if (emaPeriods < 1)
            throw new ArgumentOutOfRangeException(nameof(emaPeriods), emaPeriods, $"Keltner emaPeriods must be at least 1, got {emaPeriods}.");
        if (!(multiplier > 0) || double.IsInfinity(multiplier))
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, $"Keltner multiplier must be a finite number above 0, got {multiplier}.");
        if (atrPeriods < 1)
            throw new ArgumentOutOfRangeException(nameof(atrPeriods), atrPeriods, $"Keltner atrPeriods must be at least 1, got {atrPeriods}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => KeltnerCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => _last.Centerline.HasValue;

    /// <summary>Feeds the next closed candle and returns the channel.</summary>
    public KeltnerResult Add(in Candle candle)
    {
        double ema = _ema.Update(candle.Close);
        double atr = _atr.Update(candle);
        if (++_index < _firstIndex) return _last;
        double span = atr * _multiplier;
        _last = new KeltnerResult(
            (ema + span).ToNullable(),
            ema.ToNullable(),
            (ema - span).ToNullable(),
            ema == 0 ? null : (2 * span / ema).ToNullable());
        return _last;
    }

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => (field switch
    {
        0 => _last.Centerline,
        1 => _last.UpperBand,
        2 => _last.LowerBand,
        3 => _last.Width,
        _ => throw Definition.FieldOutOfRange(field),
    }) ?? double.NaN;
}
