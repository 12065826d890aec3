using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Average Directional Index (Wilder), one candle at a time, with Stock.Indicators seeding.
/// </summary>
/// <remarks>
/// At index N the smoothed TR, +DM and -DM are the plain sums over candles 1..N, then s = s - s/N + x.
/// ADX first appears at index 2N - 1 as the mean of DX over indices N..2N-1, then (prev * (N - 1) + dx) / N.
/// ADXR averages ADX with the ADX N candles earlier. A candle whose smoothed TR is 0 (no movement at all,
/// e.g. constant prices) has no +DI/-DI/DX/ADX: dividing by a zero range is undefined, so it stays null
/// and does not enter the ADX average, as in the reference library.
/// </remarks>
public sealed class AdxIncremental : IIndicator
{
    private readonly int _period;
    private readonly double[] _adxHistory; // ring of the last N ADX values (NaN where undefined), for ADXR
    private AdxState _state;
    private int _index = -1;
    private int _slot = -1; // _index % N, kept without a division
    private double _adxr = double.NaN;

    /// <param name="period">Lookback N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public AdxIncremental(int period)
    {
        Validate(period);
        _period = period;
        _state = new AdxState(period);
        _adxHistory = new double[period];
        Array.Fill(_adxHistory, double.NaN);
    }

    /// <summary>Checks the parameters every form of ADX takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"ADX period must be at least 1, got {period}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => AdxCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_state.Adx);

    /// <summary>Feeds the next closed candle and returns +DI, -DI, DX, ADX and ADXR.</summary>
    public AdxResult Add(in Candle candle)
    {
        Update(candle);
        return new AdxResult(_state.Pdi.ToNullable(), _state.Mdi.ToNullable(), _state.Dx.ToNullable(), _state.Adx.ToNullable(), _adxr.ToNullable());
    }

    void IIndicator.Add(in Candle candle) => Update(candle);

    private void Update(in Candle q)
    {
        _state.Update(q.High, q.Low, q.Close);
        int i = ++_index;
        if (++_slot == _period) _slot = 0;
        double adx = _state.Adx;
        double adxBack = _adxHistory[_slot]; // ADX of candle i - N
        _adxHistory[_slot] = adx;
        _adxr = i > _state.FirstAdxIndex ? (adx + adxBack) / 2 : double.NaN;
    }

    /// <inheritdoc />
    public double Value(int field) => field switch
    {
        0 => _state.Adx,
        1 => _state.Pdi,
        2 => _state.Mdi,
        3 => _state.Dx,
        4 => _adxr,
        _ => throw Definition.FieldOutOfRange(field),
    };
}
