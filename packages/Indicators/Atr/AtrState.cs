using System.Runtime.CompilerServices;

namespace Trader.Indicators;

/// <summary>
/// The ATR recurrence with Stock.Indicators seeding, shared by <see cref="AtrIncremental"/> and the span batch form:
/// the first ATR, at index N, is the mean of the true ranges of candles 1..N; then Wilder smoothing.
/// </summary>
internal struct AtrState
{
    private readonly int _period;
    private readonly Smoothing _wilder;
    private int _count;
    private double _sumTr;
    private double _previousClose;

    public AtrState(int period)
    {
        _period = period;
        _wilder = Smoothing.Wilder(period);
        // NaN until the first candle: the first true range is NaN without a branch.
        _previousClose = double.NaN;
        Tr = double.NaN;
        Atr = double.NaN;
    }

    /// <summary>True range of the last candle; NaN on the first.</summary>
    public double Tr { readonly get; private set; }

    /// <summary>The current ATR in price units; NaN until index N.</summary>
    public double Atr { readonly get; private set; }

    public readonly bool IsReady => _count > _period;

    /// <summary>Adds the next candle; returns the ATR (NaN in warm-up).</summary>
    public double Update(double high, double low, double close)
    {
        double tr = TrueRangeIncremental.Of(high, low, _previousClose);
        _previousClose = close;
        Tr = tr;
        int n = ++_count;
        if (n > _period + 1)
        {
            Atr = _wilder.Step(Atr, tr);
        }
        else if (n > 1)
        {
            _sumTr += tr;
            if (n == _period + 1) Atr = _sumTr / _period;
        }
        return Atr;
    }

    /// <summary>ATR as a percent of close; NaN when close is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Percent(double atr, double close) => close == 0 ? double.NaN : atr / close * 100;

    /// <summary>
    /// Writes ATR (and, where the span is not empty, true range and ATR%) of every candle: the warm-up through
    /// <see cref="Update"/>, then the same true range and Wilder step with the state in registers.
    /// </summary>
    public void Write(ReadOnlySpan<Trader.Domain.Candle> candles, Span<double> atr, Span<double> tr, Span<double> atrp)
    {
        bool wantsTr = !tr.IsEmpty, wantsAtrp = !atrp.IsEmpty;
        int i = 0;
        for (; i < candles.Length && !IsReady; i++)
        {
            ref readonly var c = ref candles[i];
            atr[i] = Update(c.High, c.Low, c.Close);
            if (wantsTr) tr[i] = Tr;
            if (wantsAtrp) atrp[i] = Percent(Atr, c.Close);
        }
        if (i == candles.Length) return;

        atr = atr[..candles.Length];
        double average = Atr, range = Tr, previousClose = _previousClose;
        var wilder = _wilder;
        for (; i < candles.Length; i++)
        {
            ref readonly var c = ref candles[i];
            range = TrueRangeIncremental.Of(c.High, c.Low, previousClose);
            previousClose = c.Close;
            atr[i] = average = wilder.Step(average, range);
            if (wantsTr) tr[i] = range;
            if (wantsAtrp) atrp[i] = Percent(average, c.Close);
        }
        (Atr, Tr, _previousClose) = (average, range, previousClose);
    }
}
