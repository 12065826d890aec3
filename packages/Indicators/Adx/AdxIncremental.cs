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
        Movement(q.High, q.Low, _prevHigh, _prevLow, out double pdm, out double mdm);
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
            _trs = WilderSum(_trs, tr, n);
            _pdms = WilderSum(_pdms, pdm, n);
            _mdms = WilderSum(_mdms, mdm, n);
        }

        int slot = _slot;
        double adxBack = _adxHistory[slot]; // ADX of candle i - N
        _adxHistory[slot] = double.NaN;
        if (_trs == 0) return;

        _pdi = 100 * _pdms / _trs;
        _mdi = 100 * _mdms / _trs;
        _dx = Dx(_pdi, _mdi);

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

    /// <summary>
    /// Batch fast path: the warm-up (up to the first ADX) goes through <see cref="Add"/>, then the steady state runs
    /// with its state in registers, using the same movement, Wilder-sum, DX and Wilder-step helpers. The consistency
    /// tests prove it equal to Add.
    /// </summary>
    internal void AddRange(ReadOnlySpan<Candle> candles, Span<AdxResult> results)
    {
        int n = _period;
        int first = 2 * n - 1;
        int i = 0;
        for (; i < candles.Length && _index < first; i++) results[i] = Add(candles[i]);
        if (i == candles.Length) return;

        int start = i;
        double prevHigh = _prevHigh, prevLow = _prevLow, prevClose = _prevClose;
        double trs = _trs, pdms = _pdms, mdms = _mdms, prevAdx = _prevAdx;
        double pdi = _pdi, mdi = _mdi, dx = _dx, adx = _adx, adxr = _adxr;
        double[] history = _adxHistory;
        int slot = _slot;
        for (; i < candles.Length; i++)
        {
            ref readonly Candle q = ref candles[i];
            if (++slot == n) slot = 0;
            double tr = TrueRangeIncremental.Of(q.High, q.Low, prevClose);
            Movement(q.High, q.Low, prevHigh, prevLow, out double pdm, out double mdm);
            prevHigh = q.High;
            prevLow = q.Low;
            prevClose = q.Close;
            trs = WilderSum(trs, tr, n);
            pdms = WilderSum(pdms, pdm, n);
            mdms = WilderSum(mdms, mdm, n);
            double adxBack = history[slot];
            if (trs == 0)
            {
                pdi = mdi = dx = adx = adxr = double.NaN;
                history[slot] = double.NaN;
                results[i] = default;
                continue;
            }
            pdi = 100 * pdms / trs;
            mdi = 100 * mdms / trs;
            dx = Dx(pdi, mdi);
            adx = Smoothing.WilderStep(prevAdx, dx, n);
            adxr = (adx + adxBack) / 2;
            prevAdx = adx;
            history[slot] = adx;
            results[i] = new AdxResult(pdi.ToNullable(), mdi.ToNullable(), dx.ToNullable(), adx.ToNullable(), adxr.ToNullable());
        }
        _index += candles.Length - start;
        _slot = slot;
        _prevHigh = prevHigh;
        _prevLow = prevLow;
        _prevClose = prevClose;
        _trs = trs;
        _pdms = pdms;
        _mdms = mdms;
        _prevAdx = prevAdx;
        _pdi = pdi;
        _mdi = mdi;
        _dx = dx;
        _adx = adx;
        _adxr = adxr;
    }

    // +DM and -DM: only the larger of the up and down moves counts, and only when positive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Movement(double high, double low, double prevHigh, double prevLow, out double pdm, out double mdm)
    {
        double up = high - prevHigh;
        double down = prevLow - low;
        pdm = up > down ? Math.Max(up, 0) : 0;
        mdm = down > up ? Math.Max(down, 0) : 0;
    }

    // Wilder's running sum: s - s/N + x.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double WilderSum(double sum, double value, int period) => sum - sum / period + value;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double Dx(double pdi, double mdi)
    {
        double diff = pdi - mdi;
        return diff == 0 ? 0 : 100 * Math.Abs(diff) / (pdi + mdi);
    }

    /// <inheritdoc />
    public double Value(int field) => field switch
    {
        0 => _adx,
        1 => _pdi,
        2 => _mdi,
        3 => _dx,
        4 => _adxr,
        _ => throw Definition.FieldOutOfRange(field),
    };
}
