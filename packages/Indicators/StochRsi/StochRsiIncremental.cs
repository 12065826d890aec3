using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Stochastic RSI, one value at a time: amortized O(1), no allocation per update.</summary>
/// <remarks>
/// RSI(rsiPeriod) of close feeds a stochastic with RSI as high, low and close; values are 0..100 (not 0..1).
/// First value at index rsiPeriod + stochPeriod + smoothPeriod - 2; signal starts signalPeriod - 1 bars later.
/// A flat RSI window (e.g. constant prices, RSI = 100) gives 0.
/// </remarks>
public sealed class StochRsiIncremental : IIndicator
{
    private readonly RsiIncremental _rsi;
    private readonly StochasticCore _stoch;

    /// <param name="rsiPeriod">Bars of the RSI, at least 1.</param>
    /// <param name="stochPeriod">Bars of the stochastic window over RSI, at least 1.</param>
    /// <param name="signalPeriod">Bars of the signal SMA, at least 1.</param>
    /// <param name="smoothPeriod">Bars of the %K SMA (1 = unsmoothed), at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1.</exception>
    public StochRsiIncremental(int rsiPeriod = 14, int stochPeriod = 14, int signalPeriod = 3, int smoothPeriod = 1)
    {
        Validate(rsiPeriod, stochPeriod, signalPeriod, smoothPeriod);
        _rsi = new RsiIncremental(rsiPeriod);
        _stoch = new StochasticCore(stochPeriod, signalPeriod, smoothPeriod);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_stoch.Oscillator);

    /// <inheritdoc />
    public IndicatorDefinition Definition => StochRsiCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns Stochastic RSI and its signal, null while undefined.</summary>
    public StochRsiResult Add(double value)
    {
        Update(value);
        return new StochRsiResult(_stoch.Oscillator.ToNullable(), _stoch.Signal.ToNullable());
    }

    private void Update(double value)
    {
        double rsi = _rsi.Update(value);
        if (!double.IsNaN(rsi)) _stoch.Add(rsi, rsi, rsi);
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Update(candle.Close);

    /// <inheritdoc />
    /// <remarks>Fields: 0 stoch_rsi, 1 signal.</remarks>
    public double Value(int field) => field switch
    {
        0 => _stoch.Oscillator,
        1 => _stoch.Signal,
        _ => throw Definition.FieldOutOfRange(field),
    };

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1.</exception>
    public static void Validate(int rsiPeriod, int stochPeriod, int signalPeriod, int smoothPeriod)
    {
        if (rsiPeriod < 1) throw new ArgumentOutOfRangeException(nameof(rsiPeriod), rsiPeriod, "Stochastic RSI rsiPeriod must be at least 1 bar.");
        if (stochPeriod < 1) throw new ArgumentOutOfRangeException(nameof(stochPeriod), stochPeriod, "Stochastic RSI stochPeriod must be at least 1 bar.");
        if (signalPeriod < 1) throw new ArgumentOutOfRangeException(nameof(signalPeriod), signalPeriod, "Stochastic RSI signalPeriod must be at least 1 bar.");
        if (smoothPeriod < 1) throw new ArgumentOutOfRangeException(nameof(smoothPeriod), smoothPeriod, "Stochastic RSI smoothPeriod must be at least 1 bar.");
    }
}
