using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Kaufman's adaptive moving average, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>
/// Seeded with the close at index erPeriod - 1 (efficiency ratio still null). From index erPeriod:
/// ER = |close - close N bars earlier| / sum of |bar-to-bar changes| over N bars,
/// sc = (ER * (2/(fast+1) - 2/(slow+1)) + 2/(slow+1))², KAMA = prev + sc * (close - prev).
/// When the window has no movement (flat prices), ER = 0 and KAMA = close, as in the library.
/// </remarks>
public sealed class KamaIncremental : IIndicator
{
    private readonly int _erPeriod;
    private readonly double _fastFactor;
    private readonly double _slowFactor;
    private readonly RingBuffer _closes;
    private readonly WindowSum _volatility;
    private double _er = double.NaN;
    private double _kama = double.NaN;

    /// <param name="erPeriod">Bars of the efficiency ratio N, at least 1.</param>
    /// <param name="fastPeriod">EMA period of the fastest smoothing, at least 1.</param>
    /// <param name="slowPeriod">EMA period of the slowest smoothing, greater than <paramref name="fastPeriod"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1, or fast is not less than slow.</exception>
    public KamaIncremental(int erPeriod = 10, int fastPeriod = 2, int slowPeriod = 30)
    {
        Validate(erPeriod, fastPeriod, slowPeriod);
        _erPeriod = erPeriod;
        _fastFactor = Smoothing.Ema(fastPeriod).Weight;
        _slowFactor = Smoothing.Ema(slowPeriod).Weight;
        _closes = new RingBuffer(erPeriod);
        _volatility = new WindowSum(erPeriod);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_kama);

    /// <inheritdoc />
    public IndicatorDefinition Definition => KamaCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns the efficiency ratio and KAMA, null in warm-up.</summary>
    public KamaResult Add(double value)
    {
        Update(value);
        return new KamaResult(_er.ToNullable(), _kama.ToNullable());
    }

    private void Update(double value)
    {
        if (_closes.Count > 0) _volatility.Add(Math.Abs(value - _closes[0]));
        bool hadWindow = _closes.IsFull;
        double earlier = _closes.Push(value);

        if (!hadWindow)
        {
            // Index erPeriod - 1 seeds KAMA with the close; earlier bars stay undefined.
            if (_closes.IsFull) _kama = value;
            return;
        }

        if (_volatility.IsAllZero)
        {
            _er = 0;
            _kama = value;
            return;
        }
        _er = Math.Abs(value - earlier) / _volatility.Sum;
        double sc = _er * (_fastFactor - _slowFactor) + _slowFactor;
        _kama += sc * sc * (value - _kama);
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Update(candle.Close);

    /// <inheritdoc />
    /// <remarks>Fields: 0 kama, 1 er.</remarks>
    public double Value(int field) => field switch
    {
        0 => _kama,
        1 => _er,
        _ => throw Definition.FieldOutOfRange(field),
    };

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1, or fast is not less than slow.</exception>
    public static void Validate(int erPeriod, int fastPeriod, int slowPeriod)
    {
        if (erPeriod < 1) throw new ArgumentOutOfRangeException(nameof(erPeriod), erPeriod, "KAMA erPeriod must be at least 1 bar.");
        if (fastPeriod < 1) throw new ArgumentOutOfRangeException(nameof(fastPeriod), fastPeriod, "KAMA fastPeriod must be at least 1 bar.");
        if (slowPeriod <= fastPeriod)
            throw new ArgumentOutOfRangeException(nameof(slowPeriod), slowPeriod, $"KAMA slowPeriod must be greater than fastPeriod ({fastPeriod}).");
    }
}
