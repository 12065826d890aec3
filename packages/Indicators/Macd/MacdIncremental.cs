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
    private MacdState _state;

    /// <param name="fastPeriod">Bars of the fast EMA, at least 1 and less than <paramref name="slowPeriod"/>.</param>
    /// <param name="slowPeriod">Bars of the slow EMA.</param>
    /// <param name="signalPeriod">Bars of the signal EMA of MACD, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1, or fast is not less than slow.</exception>
    public MacdIncremental(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        Validate(fastPeriod, slowPeriod, signalPeriod);
        _state = new MacdState(fastPeriod, slowPeriod, signalPeriod);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_state.Macd);

    /// <inheritdoc />
    public IndicatorDefinition Definition => MacdCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns every MACD field, null where undefined.</summary>
    public MacdResult Add(double value)
    {
        _state.Update(value);
        return new MacdResult(_state.Macd.ToNullable(), _state.Signal.ToNullable(), _state.Histogram.ToNullable(),
            _state.FastEma.ToNullable(), _state.SlowEma.ToNullable());
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => _state.Update(candle.Close);

    /// <inheritdoc />
    /// <remarks>Fields: 0 macd, 1 signal, 2 histogram, 3 fast_ema, 4 slow_ema.</remarks>
    public double Value(int field) => field switch
    {
        0 => _state.Macd,
        1 => _state.Signal,
        2 => _state.Histogram,
        3 => _state.FastEma,
        4 => _state.SlowEma,
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
