using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Stochastic oscillator (%K, %D, %J), one candle at a time: amortized O(1), no allocation per update.</summary>
/// <remarks>
/// Raw %K starts at index lookback - 1, %K at lookback + smooth - 2, %D and %J at lookback + smooth + signal - 3.
/// Moving averages are SMAs. A flat window (highest high = lowest low) gives raw %K = 0.
/// </remarks>
public sealed class StochIncremental : IIndicator
{
    private readonly StochasticCore _core;
    private readonly double _kFactor;
    private readonly double _dFactor;

    /// <param name="lookbackPeriod">Bars for the highest high and lowest low, at least 1.</param>
    /// <param name="signalPeriod">Bars of the %D SMA, at least 1.</param>
    /// <param name="smoothPeriod">Bars of the %K SMA (1 = fast stochastic), at least 1.</param>
    /// <param name="kFactor">Weight of %K in %J, greater than 0.</param>
    /// <param name="dFactor">Weight of %D in %J, greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1 or a factor is not positive.</exception>
    public StochIncremental(int lookbackPeriod = 14, int signalPeriod = 3, int smoothPeriod = 3, double kFactor = 3, double dFactor = 2)
    {
        Validate(lookbackPeriod, signalPeriod, smoothPeriod, kFactor, dFactor);
        _core = new StochasticCore(lookbackPeriod, signalPeriod, smoothPeriod);
        _kFactor = kFactor;
        _dFactor = dFactor;
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_core.Oscillator);

    /// <inheritdoc />
    public IndicatorDefinition Definition => StochCatalog.Definition;

    /// <summary>Adds the next closed candle; returns %K, %D and %J, null where undefined.</summary>
    public StochResult Add(in Candle candle)
    {
        _core.Add(candle.High, candle.Low, candle.Close);
        return new StochResult(_core.Oscillator.ToNullable(), _core.Signal.ToNullable(), CurrentJ.ToNullable());
    }

    private double CurrentJ => PercentJ(_core.Oscillator, _core.Signal, _kFactor, _dFactor);

    /// <summary>%J = kFactor * %K - dFactor * %D; NaN while either is undefined.</summary>
    internal static double PercentJ(double k, double d, double kFactor, double dFactor) => kFactor * k - dFactor * d;

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => _core.Add(candle.High, candle.Low, candle.Close);

    /// <inheritdoc />
    /// <remarks>Fields: 0 oscillator (%K), 1 signal (%D), 2 percent_j (%J).</remarks>
    public double Value(int field) => field switch
    {
        0 => _core.Oscillator,
        1 => _core.Signal,
        2 => CurrentJ,
        _ => throw Definition.FieldOutOfRange(field),
    };

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1 or a factor is not positive.</exception>
    public static void Validate(int lookbackPeriod, int signalPeriod, int smoothPeriod, double kFactor, double dFactor)
    {
        if (lookbackPeriod < 1) throw new ArgumentOutOfRangeException(nameof(lookbackPeriod), lookbackPeriod, "Stochastic lookback period must be at least 1 bar.");
        if (signalPeriod < 1) throw new ArgumentOutOfRangeException(nameof(signalPeriod), signalPeriod, "Stochastic signal period must be at least 1 bar.");
        if (smoothPeriod < 1) throw new ArgumentOutOfRangeException(nameof(smoothPeriod), smoothPeriod, "Stochastic smooth period must be at least 1 bar.");
        if (!(kFactor > 0)) throw new ArgumentOutOfRangeException(nameof(kFactor), kFactor, "Stochastic kFactor must be greater than 0.");
        if (!(dFactor > 0)) throw new ArgumentOutOfRangeException(nameof(dFactor), dFactor, "Stochastic dFactor must be greater than 0.");
    }
}
