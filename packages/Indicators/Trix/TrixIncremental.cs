using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>TRIX, the one-bar percent rate of change of a triple EMA, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>
/// As in the library, all three EMAs are seeded with SMA(N) of close at index N - 1, and that seed row is
/// reported as null: both fields start at index N.
/// </remarks>
public sealed class TrixIncremental : IIndicator
{
    private readonly EmaCascade _emas;
    private double _previousEma3 = double.NaN;
    private double _ema3 = double.NaN;
    private double _trix = double.NaN;

    /// <param name="period">Bars of smoothing N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public TrixIncremental(int period)
    {
        Validate(period);
        _emas = new EmaCascade(period, depth: 3);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_trix);

    /// <inheritdoc />
    public IndicatorDefinition Definition => TrixCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns ema3 and trix, null in warm-up.</summary>
    public TrixResult Add(double value)
    {
        _emas.Update(value);
        double ema3 = _emas.Level3;
        if (!double.IsNaN(_previousEma3))
        {
            _ema3 = ema3;
            _trix = 100 * (ema3 - _previousEma3) / _previousEma3;
        }
        _previousEma3 = ema3;
        return new TrixResult(_ema3.ToNullable(), _trix.ToNullable());
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle.Close);

    /// <inheritdoc />
    /// <remarks>Fields: 0 trix, 1 ema3.</remarks>
    public double Value(int field) => field switch
    {
        0 => _trix,
        1 => _ema3,
        _ => throw Definition.FieldOutOfRange(field),
    };

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "TRIX period must be at least 1 bar.");
    }
}
