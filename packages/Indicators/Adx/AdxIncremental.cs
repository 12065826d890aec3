using Trader.Indicators.Catalog;
using Trader.Timeframes;

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
    private int _index = -1;
    private int _slot = -1; // _index % N, kept without a division
    private double _prevHigh, _prevLow, _prevClose;
    private double _sumTr, _sumPdm, _sumMdm, _sumDx;
    private double _trs, _pdms, _mdms, _prevAdx;
    private double _pdi = double.NaN, _mdi = double.NaN, _dx = double.NaN, _adx = double.NaN, _adxr = double.NaN;

    /// <param name="period">Lookback N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public AdxIncremental(int period)
    {
        Validate(period);
        _period = period;
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
    public bool IsReady => !double.IsNaN(_adx);

    /// <summary>Feeds the next closed candle and returns +DI, -DI, DX, ADX and ADXR.</summary>
    public AdxResult Add(in Candle candle)
    {
        Update(candle);
        return new AdxResult(_pdi.ToNullable(), _mdi.ToNullable(), _dx.ToNullable(), _adx.ToNullable(), _adxr.ToNullable());
    }

    void IIndicator.Add(in Candle candle) => Update(candle);

    private void Update(in Candle q)
    {
        int i = ++_index;
        int n = _period;
        if (++_slot == n) _slot = 0;
        _pdi = _mdi = _dx = _adx = _adxr = double.NaN;
        if (i == 0)
        {
            _prevHigh = q.High;
            _prevLow = q.Low;
            _prevClose = q.Close;
            return;
        }

        double tr = TrueRangeIncremental.Of(q.High, q.Low, _prevClose);
        double up = q.High - _prevHigh;
        double down = _prevLow - q.Low;
        double pdm = up > down ? Math.Max(up, 0) : 0;
        double mdm = down > up ? Math.Max(down, 0) : 0;
        _prevHigh = q.High;
        _prevLow = q.Low;
        _prevClose = q.Close;

        if (i < n)
        {
            _sumTr += tr;
            _sumPdm += pdm;
            _sumMdm += mdm;
            return;
        }
        if (i == n)
        {
            _trs = _sumTr + tr;
            _pdms = _sumPdm + pdm;
            _mdms = _sumMdm + mdm;
        }
        else
        {
            _trs = _trs - _trs / n + tr;
            _pdms = _pdms - _pdms / n + pdm;
            _mdms = _mdms - _mdms / n + mdm;
        }

        int slot = _slot;
        double adxBack = _adxHistory[slot]; // ADX of candle i - N
        _adxHistory[slot] = double.NaN;
        if (_trs == 0) return;

        _pdi = 100 * _pdms / _trs;
        _mdi = 100 * _mdms / _trs;
        double diff = _pdi - _mdi;
        _dx = diff == 0 ? 0 : 100 * Math.Abs(diff) / (_pdi + _mdi);

        int first = 2 * n - 1;
        if (i > first)
        {
            _adx = Smoothing.WilderStep(_prevAdx, _dx, n);
            _adxr = (_adx + adxBack) / 2;
            _prevAdx = _adx;
        }
        else
        {
            _sumDx += _dx;
            if (i == first)
            {
                _adx = _sumDx / n;
                _prevAdx = _adx;
            }
        }
        _adxHistory[slot] = _adx;
    }

    /// <inheritdoc />
    public double Value(int field) => field switch
    {
        0 => _adx,
        1 => _pdi,
        2 => _mdi,
        3 => _dx,
        4 => _adxr,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "ADX fields: 0 adx, 1 pdi, 2 mdi, 3 dx, 4 adxr."),
    };
}
