using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Volume-weighted average price anchored at the first candle, one candle at a time:
/// sum(volume * typical price) / sum(volume), typical price = (high + low + close) / 3. Null while the
/// cumulative volume is 0 (no trade yet means no average price).
/// </summary>
public sealed class VwapIncremental : IIndicator
{
    private double _volume;
    private double _volumeTp;
    private double _vwap = double.NaN;

    /// <inheritdoc />
    public IndicatorDefinition Definition => VwapCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_vwap);

    /// <summary>Feeds the next closed candle and returns the VWAP since the first candle, price units.</summary>
    public double? Add(in Candle candle)
    {
        _volume += candle.Volume;
        _volumeTp += candle.Volume * (candle.High + candle.Low + candle.Close) / 3;
        _vwap = _volume != 0 ? _volumeTp / _volume : double.NaN;
        return _vwap.ToNullable();
    }

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _vwap : throw Definition.FieldOutOfRange(field);
}
