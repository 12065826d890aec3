using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// The ADX recurrence with Stock.Indicators seeding, shared by <see cref="AdxIncremental"/> and the span batch form.
/// ADXR needs the ADX of N candles earlier, which each form keeps itself (the incremental in a ring, the span form in
/// its ADX column).
/// </summary>
/// <remarks>
/// At index N the smoothed TR, +DM and -DM are the plain sums over candles 1..N, then s = s - s/N + x.
/// ADX first appears at index 2N - 1 as the mean of DX over indices N..2N-1, then Wilder smoothing.
/// A candle whose smoothed TR is 0 has no +DI/-DI/DX/ADX and does not enter the ADX average, as in the library.
/// </remarks>
internal struct AdxState
{
    private readonly int _period;
    private readonly Smoothing _sum;
    private readonly Smoothing _wilder;
    private int _index;
    private double _prevHigh, _prevLow, _prevClose;
    private double _sumTr, _sumPdm, _sumMdm, _sumDx;
    private double _trs, _pdms, _mdms, _prevAdx;

    public AdxState(int period)
    {
        _period = period;
        _sum = Smoothing.WilderSum(period);
        _wilder = Smoothing.Wilder(period);
        _index = -1;
        Pdi = Mdi = Dx = Adx = double.NaN;
    }

    public double Pdi { readonly get; private set; }

    public double Mdi { readonly get; private set; }

    public double Dx { readonly get; private set; }

    public double Adx { readonly get; private set; }

    /// <summary>Index of the first ADX: 2N - 1.</summary>
    public readonly int FirstAdxIndex => 2 * _period - 1;

    /// <summary>Adds the next candle; updates every field (NaN where undefined).</summary>
    public void Update(double high, double low, double close)
    {
        int i = ++_index;
        int n = _period;
        Pdi = Mdi = Dx = Adx = double.NaN;
        if (i == 0)
        {
            (_prevHigh, _prevLow, _prevClose) = (high, low, close);
            return;
        }

        double tr = TrueRangeIncremental.Of(high, low, _prevClose);
        Movement(high, low, _prevHigh, _prevLow, out double pdm, out double mdm);
        (_prevHigh, _prevLow, _prevClose) = (high, low, close);

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
            _trs = _sum.Step(_trs, tr);
            _pdms = _sum.Step(_pdms, pdm);
            _mdms = _sum.Step(_mdms, mdm);
        }
        if (_trs == 0) return;

        Directional(_pdms, _mdms, _trs, out double pdi, out double mdi);
        (Pdi, Mdi, Dx) = (pdi, mdi, DirectionalIndex(_pdms, _mdms));

        int first = FirstAdxIndex;
        if (i > first)
        {
            Adx = _prevAdx = _wilder.Step(_prevAdx, Dx);
        }
        else
        {
            _sumDx += Dx;
            if (i == first) Adx = _prevAdx = _sumDx / n;
        }
    }

    /// <summary>
    /// Writes every candle's fields (empty spans are not wanted; <paramref name="adx"/> must be given when
    /// <paramref name="adxr"/> is): the warm-up through <see cref="Update"/>, then the same steps on locals.
    /// </summary>
    public void Write(ReadOnlySpan<Candle> candles, Span<double> adx, Span<double> pdi, Span<double> mdi, Span<double> dx, Span<double> adxr)
    {
        bool wantsAdx = !adx.IsEmpty, wantsPdi = !pdi.IsEmpty, wantsMdi = !mdi.IsEmpty, wantsDx = !dx.IsEmpty, wantsAdxr = !adxr.IsEmpty;
        int n = _period;
        int i = 0;
        for (; i < candles.Length && _index < FirstAdxIndex; i++)
        {
            ref readonly var q = ref candles[i];
            Update(q.High, q.Low, q.Close);
            if (wantsAdx) adx[i] = Adx;
            if (wantsPdi) pdi[i] = Pdi;
            if (wantsMdi) mdi[i] = Mdi;
            if (wantsDx) dx[i] = Dx;
            if (wantsAdxr) adxr[i] = double.NaN; // ADXR needs an ADX N candles back: not before index 3N - 1
        }
        if (i == candles.Length) return;

        int start = i;
        double prevHigh = _prevHigh, prevLow = _prevLow, prevClose = _prevClose;
        double trs = _trs, pdms = _pdms, mdms = _mdms, prevAdx = _prevAdx;
        var sum = _sum;
        var wilder = _wilder;
        for (; i < candles.Length; i++)
        {
            ref readonly var q = ref candles[i];
            double tr = TrueRangeIncremental.Of(q.High, q.Low, prevClose);
            Movement(q.High, q.Low, prevHigh, prevLow, out double pdm, out double mdm);
            (prevHigh, prevLow, prevClose) = (q.High, q.Low, q.Close);
            trs = sum.Step(trs, tr);
            pdms = sum.Step(pdms, pdm);
            mdms = sum.Step(mdms, mdm);
            double directional = double.NaN, value = double.NaN, plus = double.NaN, minus = double.NaN;
            if (trs != 0)
            {
                directional = DirectionalIndex(pdms, mdms);
                value = prevAdx = wilder.Step(prevAdx, directional);
                if (wantsPdi | wantsMdi) Directional(pdms, mdms, trs, out plus, out minus);
            }
            if (wantsAdx) adx[i] = value;
            if (wantsPdi) pdi[i] = plus;
            if (wantsMdi) mdi[i] = minus;
            if (wantsDx) dx[i] = directional;
            if (wantsAdxr) adxr[i] = (value + adx[i - n]) / 2;
        }
        _index += candles.Length - start;
        (_prevHigh, _prevLow, _prevClose) = (prevHigh, prevLow, prevClose);
        (_trs, _pdms, _mdms, _prevAdx) = (trs, pdms, mdms, prevAdx);
    }

    // +DM and -DM: only the larger of the up and down moves counts, and only when positive. Equivalently each move
    // counts when it exceeds both the other move and 0; taken in two SIMD lanes with a compare mask and no branch (the
    // larger move is a coin flip on market data, and a mispredicted branch per candle cost more than the rest of ADX).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Movement(double high, double low, double prevHigh, double prevLow, out double pdm, out double mdm)
    {
        double up = high - prevHigh;
        double down = prevLow - low;
        var moves = Vector128.Create(up, down);
        var others = Vector128.Max(Vector128.Create(down, up), Vector128<double>.Zero);
        var counted = moves & Vector128.GreaterThan(moves, others);
        pdm = counted.GetElement(0);
        mdm = counted.GetElement(1);
    }

    // +DI and -DI (0..100): the smoothed movements as percents of the smoothed true range, one division for both.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Directional(double pdms, double mdms, double trs, out double pdi, out double mdi)
    {
        double scale = 100 / trs;
        pdi = pdms * scale;
        mdi = mdms * scale;
    }

    // DX = 100 |+DI - -DI| / (+DI + -DI); the true range cancels, so it comes straight from the smoothed movements.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double DirectionalIndex(double pdms, double mdms)
    {
        double diff = pdms - mdms;
        return diff == 0 ? 0 : 100 * Math.Abs(diff) / (pdms + mdms);
    }
}
