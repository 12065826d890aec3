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
        _vwap = Next(candle, ref _volume, ref _volumeTp);
        return _vwap.ToNullable();
    }

    /// <summary>Adds a candle to the cumulative volume and volume-weighted typical price; returns the VWAP (NaN while the volume is 0).</summary>
    internal static double Next(in Candle candle, ref double volume, ref double volumeTp)
    {
        volume += candle.Volume;
        volumeTp += candle.Volume * (candle.High + candle.Low + candle.Close) / 3;
        return volume != 0 ? volumeTp / volume : double.NaN;
    }

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _vwap : throw Definition.FieldOutOfRange(field);
}
