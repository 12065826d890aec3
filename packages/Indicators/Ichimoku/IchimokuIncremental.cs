using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Ichimoku Cloud, one candle at a time, with Stock.Indicators conventions (offset = kijun periods, the same
/// number of rows as candles, no future rows). The chikou span is the close <c>offset</c> candles in the future,
/// so no candle-by-candle form can know it: here it is always null, and only the batch form fills it in.
/// </summary>
public sealed class IchimokuIncremental : IIndicator
{
    private readonly ExtremumWindow _tenkanHigh, _tenkanLow, _kijunHigh, _kijunLow, _senkouHigh, _senkouLow;
    private readonly int _tenkanPeriods, _kijunPeriods, _senkouBPeriods;
    private long _index = -1;
    private readonly double[] _spanA; // ring of the last `offset` (tenkan + kijun) / 2 values
    private readonly double[] _spanB; // ring of the last `offset` senkou-B midpoints
    private int _slot;
    private IchimokuResult _last;

    /// <param name="tenkanPeriods">Conversion-line window, at least 1.</param>
    /// <param name="kijunPeriods">Base-line window and the offset of the spans, at least 1.</param>
    /// <param name="senkouBPeriods">Leading-span-B window, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public IchimokuIncremental(int tenkanPeriods = 9, int kijunPeriods = 26, int senkouBPeriods = 52)
    {
        Validate(tenkanPeriods, kijunPeriods, senkouBPeriods);
        _tenkanPeriods = tenkanPeriods;
        _kijunPeriods = kijunPeriods;
        _senkouBPeriods = senkouBPeriods;
        _tenkanHigh = new ExtremumWindow(tenkanPeriods, true);
        _tenkanLow = new ExtremumWindow(tenkanPeriods, false);
        _kijunHigh = new ExtremumWindow(kijunPeriods, true);
        _kijunLow = new ExtremumWindow(kijunPeriods, false);
        _senkouHigh = new ExtremumWindow(senkouBPeriods, true);
        _senkouLow = new ExtremumWindow(senkouBPeriods, false);
        _spanA = new double[kijunPeriods];
        _spanB = new double[kijunPeriods];
        Array.Fill(_spanA, double.NaN);
        Array.Fill(_spanB, double.NaN);
    }

    /// <summary>Checks the parameters every form of Ichimoku takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A window is below 1.</exception>
    public static void Validate(int tenkanPeriods, int kijunPeriods, int senkouBPeriods)
    {
        if (tenkanPeriods < 1)
            throw new ArgumentOutOfRangeException(nameof(tenkanPeriods), tenkanPeriods, $"Ichimoku tenkanPeriods must be at least 1, got {tenkanPeriods}.");
        if (kijunPeriods < 1)
            throw new ArgumentOutOfRangeException(nameof(kijunPeriods), kijunPeriods, $"Ichimoku kijunPeriods must be at least 1, got {kijunPeriods}.");
        if (senkouBPeriods < 1)
            throw new ArgumentOutOfRangeException(nameof(senkouBPeriods), senkouBPeriods, $"Ichimoku senkouBPeriods must be at least 1, got {senkouBPeriods}.");
    }

    /// <summary>The span offset in candles (= kijun periods).</summary>
    public int Offset => _spanA.Length;

    /// <inheritdoc />
    public IndicatorDefinition Definition => IchimokuCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => _last.TenkanSen.HasValue;

    /// <summary>Feeds the next closed candle and returns the lines plotted at it (chikou always null).</summary>
    public IchimokuResult Add(in Candle candle)
    {
        long i = ++_index;
        _tenkanHigh.Add(i, candle.High);
        _tenkanLow.Add(i, candle.Low);
        _kijunHigh.Add(i, candle.High);
        _kijunLow.Add(i, candle.Low);
        _senkouHigh.Add(i, candle.High);
        _senkouLow.Add(i, candle.Low);

        double tenkan = i >= _tenkanPeriods - 1 ? (_tenkanHigh.Value + _tenkanLow.Value) / 2 : double.NaN;
        double kijun = i >= _kijunPeriods - 1 ? (_kijunHigh.Value + _kijunLow.Value) / 2 : double.NaN;
        double senkouB = i >= _senkouBPeriods - 1 ? (_senkouHigh.Value + _senkouLow.Value) / 2 : double.NaN;

        // The slot holds the values computed `offset` candles ago: read them, then store today's.
        double spanA = _spanA[_slot];
        double spanB = _spanB[_slot];
        _spanA[_slot] = (tenkan + kijun) / 2;
        _spanB[_slot] = senkouB;
        if (++_slot == _spanA.Length) _slot = 0;

        _last = new IchimokuResult(tenkan.ToNullable(), kijun.ToNullable(), spanA.ToNullable(), spanB.ToNullable(), null);
        return _last;
    }

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => (field switch
    {
        0 => _last.TenkanSen,
        1 => _last.KijunSen,
        2 => _last.SenkouSpanA,
        3 => _last.SenkouSpanB,
        _ => throw Definition.FieldOutOfRange(field),
    }) ?? double.NaN;
}
