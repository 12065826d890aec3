using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Chaikin Money Flow, one candle at a time, as in Stock.Indicators: the money-flow multiplier is 0 on a
/// candle with no range (high == low), and CMF is null over a window with no volume at all.
/// </summary>
public sealed class CmfIncremental : IIndicator
{
    private readonly int _period;
    private readonly WindowSum _moneyFlowVolume;
    private readonly WindowSum _volume;
    private CmfResult _last;

    /// <param name="period">Window N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public CmfIncremental(int period = 20)
    {
        Validate(period);
        _period = period;
        _moneyFlowVolume = new WindowSum(period);
        _volume = new WindowSum(period);
    }

    /// <summary>Checks the parameters every form of CMF takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"CMF period must be at least 1, got {period}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => CmfCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => _last.Cmf.HasValue;

    /// <summary>Feeds the next closed candle and returns multiplier, money-flow volume and CMF.</summary>
    public CmfResult Add(in Candle q)
    {
        double range = q.High - q.Low;
        double multiplier = range == 0 ? 0 : ((q.Close - q.Low) - (q.High - q.Close)) / range;
        double moneyFlowVolume = multiplier * q.Volume;
        _moneyFlowVolume.Add(moneyFlowVolume);
        _volume.Add(q.Volume);

        double cmf = double.NaN;
        if (_volume.IsFull)
        {
            double averageVolume = _volume.Sum / _period;
            if (averageVolume != 0) cmf = _moneyFlowVolume.Sum / _period / averageVolume;
        }
        _last = new CmfResult(multiplier.ToNullable(), moneyFlowVolume.ToNullable(), cmf.ToNullable());
        return _last;
    }

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => (field switch
    {
        0 => _last.Cmf,
        1 => _last.MoneyFlowMultiplier,
        2 => _last.MoneyFlowVolume,
        _ => throw Definition.FieldOutOfRange(field),
    }) ?? double.NaN;
}
