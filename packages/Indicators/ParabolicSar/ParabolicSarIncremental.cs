using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Parabolic SAR (Wilder), one candle at a time, with Stock.Indicators conventions: the first trend is
/// guessed rising from the first candle (SAR = its low, extreme point = its high); the SAR may not enter the
/// previous two candles' range; and everything up to and including the first reversal is null, because
/// values before it rest on that guess. Reporting them null as they arrive makes this form equal the batch one.
/// </summary>
public sealed class ParabolicSarIncremental : IIndicator
{
    private readonly double _step;
    private readonly double _max;
    private readonly double _initial;
    private int _index = -1;
    private bool _isRising = true;
    private bool _seenReversal;
    private double _factor;
    private double _extreme;
    private double _priorSar;
    private double _low1, _low2, _high1, _high2; // previous and second-previous candle
    private ParabolicSarResult _last;

    /// <param name="accelerationStep">Increment of the acceleration factor at each new extreme, greater than 0.</param>
    /// <param name="maxAccelerationFactor">Cap of the acceleration factor, at least <paramref name="accelerationStep"/>.</param>
    /// <param name="initialFactor">Factor at the start of each trend, greater than 0 and at most the cap; defaults to the step.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public ParabolicSarIncremental(double accelerationStep = 0.02, double maxAccelerationFactor = 0.2, double? initialFactor = null)
    {
        double initial = initialFactor ?? accelerationStep;
        Validate(accelerationStep, maxAccelerationFactor, initial);
        _step = accelerationStep;
        _max = maxAccelerationFactor;
        _initial = initial;
        _factor = initial;
    }

    /// <summary>Checks the parameters every form of Parabolic SAR takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A factor is not above 0, the step exceeds the cap, or the initial factor exceeds the cap.</exception>
    public static void Validate(double accelerationStep, double maxAccelerationFactor, double initialFactor)
    {
        if (!(accelerationStep > 0))
            throw new ArgumentOutOfRangeException(nameof(accelerationStep), accelerationStep, $"Parabolic SAR accelerationStep must be above 0, got {accelerationStep}.");
        if (!(maxAccelerationFactor > 0))
            throw new ArgumentOutOfRangeException(nameof(maxAccelerationFactor), maxAccelerationFactor, $"Parabolic SAR maxAccelerationFactor must be above 0, got {maxAccelerationFactor}.");
        if (accelerationStep > maxAccelerationFactor)
            throw new ArgumentOutOfRangeException(nameof(accelerationStep), accelerationStep, $"Parabolic SAR accelerationStep ({accelerationStep}) must not exceed maxAccelerationFactor ({maxAccelerationFactor}).");
        if (!(initialFactor > 0) || initialFactor > maxAccelerationFactor)
            throw new ArgumentOutOfRangeException(nameof(initialFactor), initialFactor, $"Parabolic SAR initialFactor must be above 0 and at most maxAccelerationFactor ({maxAccelerationFactor}), got {initialFactor}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => ParabolicSarCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => _last.Sar.HasValue;

    /// <summary>Feeds the next closed candle and returns SAR and whether the trend reversed on it.</summary>
    public ParabolicSarResult Add(in Candle q)
    {
        int i = ++_index;
        if (i == 0)
        {
            _extreme = q.High;
            _priorSar = q.Low;
            Shift(q);
            return _last;
        }

        bool isReversal;
        double psar;
        if (_isRising)
        {
            double sar = _priorSar + _factor * (_extreme - _priorSar);
            if (i >= 2) sar = Math.Min(sar, Math.Min(_low1, _low2));
            if (q.Low < sar)
            {
                isReversal = true;
                psar = _extreme;
                _isRising = false;
                _factor = _initial;
                _extreme = q.Low;
            }
            else
            {
                isReversal = false;
                psar = sar;
                if (q.High > _extreme)
                {
                    _extreme = q.High;
                    _factor = Math.Min(_factor + _step, _max);
                }
            }
        }
        else
        {
            double sar = _priorSar - _factor * (_priorSar - _extreme);
            if (i >= 2) sar = Math.Max(sar, Math.Max(_high1, _high2));
            if (q.High > sar)
            {
                isReversal = true;
                psar = _extreme;
                _isRising = true;
                _factor = _initial;
                _extreme = q.High;
            }
            else
            {
                isReversal = false;
                psar = sar;
                if (q.Low < _extreme)
                {
                    _extreme = q.Low;
                    _factor = Math.Min(_factor + _step, _max);
                }
            }
        }
        _priorSar = psar;
        Shift(q);

        if (_seenReversal) _last = new ParabolicSarResult(psar.ToNullable(), isReversal);
        else _seenReversal = isReversal; // the first reversal itself is still reported null
        return _last;
    }

    private void Shift(in Candle q)
    {
        _low2 = _low1;
        _high2 = _high1;
        _low1 = q.Low;
        _high1 = q.High;
    }

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field switch
    {
        0 => _last.Sar ?? double.NaN,
        1 => _last.IsReversal is { } reversal ? (reversal ? 1 : 0) : double.NaN,
        _ => throw Definition.FieldOutOfRange(field),
    };
}
