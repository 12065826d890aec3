using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Average True Range (Wilder), one candle at a time, with Stock.Indicators seeding: the first ATR, at index N,
/// is the simple mean of the true ranges of candles 1..N; then atr = (prev * (N - 1) + tr) / N.
/// </summary>
public sealed class AtrIncremental : IIndicator
{
    private readonly int _period;
    private readonly TrueRangeIncremental _trueRange = new();
    private int _count;
    private double _sumTr;
    private double _tr = double.NaN;
    private double _atr = double.NaN;
    private double _atrp = double.NaN;

    /// <param name="period">Smoothing period N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public AtrIncremental(int period)
    {
        Validate(period);
        _period = period;
    }

    /// <summary>Checks the parameters every form of ATR takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"ATR period must be at least 1, got {period}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => AtrCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_atr);

    /// <summary>The current ATR in price units; NaN until index N (for indicators built on ATR).</summary>
    internal double Current => _atr;

    /// <summary>Feeds the next closed candle and returns true range, ATR and ATR%.</summary>
    public AtrResult Add(in Candle candle)
    {
        Update(candle);
        return new AtrResult(_tr.ToNullable(), _atr.ToNullable(), _atrp.ToNullable());
    }

    /// <summary>The kernel without building a result, for indicators built on ATR; returns the ATR (NaN in warm-up).</summary>
    internal double Update(in Candle candle)
    {
        _tr = _trueRange.Next(candle);
        int n = ++_count;
        if (n > _period + 1)
        {
            _atr = Smoothing.WilderStep(_atr, _tr, _period);
        }
        else if (n > 1)
        {
            _sumTr += _tr;
            if (n == _period + 1) _atr = _sumTr / _period;
        }
        _atrp = Percent(_atr, candle.Close);
        return _atr;
    }

    /// <summary>
    /// Batch fast path: the warm-up goes through <see cref="Add"/>, then the steady state runs with its state in
    /// registers, using the same true-range formula and Wilder step. The consistency tests prove it equal to Add.
    /// </summary>
    internal void AddRange(ReadOnlySpan<Candle> candles, Span<AtrResult> results)
    {
        int i = 0;
        for (; i < candles.Length && !IsReady; i++) results[i] = Add(candles[i]);
        if (i == candles.Length) return;

        double atr = _atr, tr = _tr, atrp = _atrp;
        double prevClose = _trueRange.PreviousClose;
        int period = _period;
        for (; i < candles.Length; i++)
        {
            ref readonly Candle c = ref candles[i];
            tr = TrueRangeIncremental.Of(c.High, c.Low, prevClose);
            prevClose = c.Close;
            atr = Smoothing.WilderStep(atr, tr, period);
            atrp = Percent(atr, c.Close);
            results[i] = new AtrResult(tr.ToNullable(), atr.ToNullable(), atrp.ToNullable());
        }
        _atr = atr;
        _tr = tr;
        _atrp = atrp;
        _trueRange.PreviousClose = prevClose;
    }

    private static double Percent(double atr, double close) => close == 0 ? double.NaN : atr / close * 100;

    void IIndicator.Add(in Candle candle) => Update(candle);

    /// <inheritdoc />
    public double Value(int field) => field switch
    {
        0 => _atr,
        1 => _tr,
        2 => _atrp,
        _ => throw Definition.FieldOutOfRange(field),
    };
}
