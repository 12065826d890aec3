using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Moving average convergence/divergence, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>
/// Three SMA-seeded EMAs: fast and slow of close, and the signal EMA of MACD, which starts with the first
/// MACD value (index slow - 1) and so is first defined at index slow + signal - 2.
/// </remarks>
public sealed class MacdIncremental : IIndicator
{
    private readonly EmaIncremental _fast;
    private readonly EmaIncremental _slow;
    private readonly EmaIncremental _signal;
    private double _fastEma = double.NaN;
    private double _slowEma = double.NaN;
    private double _macd = double.NaN;
    private double _signalValue = double.NaN;

    /// <param name="fastPeriod">Bars of the fast EMA, at least 1 and less than <paramref name="slowPeriod"/>.</param>
    /// <param name="slowPeriod">Bars of the slow EMA.</param>
    /// <param name="signalPeriod">Bars of the signal EMA of MACD, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1, or fast is not less than slow.</exception>
    public MacdIncremental(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        Validate(fastPeriod, slowPeriod, signalPeriod);
        _fast = new EmaIncremental(fastPeriod);
        _slow = new EmaIncremental(slowPeriod);
        _signal = new EmaIncremental(signalPeriod);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_macd);

    /// <inheritdoc />
    public IndicatorDefinition Definition => MacdCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns every MACD field, null where undefined.</summary>
    public MacdResult Add(double value)
    {
        Update(value);
        return new MacdResult(_macd.ToNullable(), _signalValue.ToNullable(), (_macd - _signalValue).ToNullable(),
            _fastEma.ToNullable(), _slowEma.ToNullable());
    }

    private void Update(double value)
    {
        _fastEma = _fast.Update(value);
        _slowEma = _slow.Update(value);
        _macd = _fastEma - _slowEma;
        if (!double.IsNaN(_macd)) _signalValue = _signal.Update(_macd);
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Update(candle.Close);

    /// <inheritdoc />
    /// <remarks>Fields: 0 macd, 1 signal, 2 histogram, 3 fast_ema, 4 slow_ema.</remarks>
    public double Value(int field) => field switch
    {
        0 => _macd,
        1 => _signalValue,
        2 => _macd - _signalValue,
        3 => _fastEma,
        4 => _slowEma,
        _ => throw Definition.FieldOutOfRange(field),
    };

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1, or fast is not less than slow.</exception>
    public static void Validate(int fastPeriod, int slowPeriod, int signalPeriod)
    {
        if (fastPeriod < 1) throw new ArgumentOutOfRangeException(nameof(fastPeriod), fastPeriod, "MACD fast period must be at least 1 bar.");
        if (slowPeriod <= fastPeriod)
            throw new ArgumentOutOfRangeException(nameof(slowPeriod), slowPeriod, $"MACD slow period must be greater than the fast period ({fastPeriod}).");
        if (signalPeriod < 1) throw new ArgumentOutOfRangeException(nameof(signalPeriod), signalPeriod, "MACD signal period must be at least 1 bar.");
    }
}
