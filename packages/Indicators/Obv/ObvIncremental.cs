using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// On-Balance Volume, one candle at a time: starts at 0 on the first candle, then adds the volume on an
/// up-close, subtracts it on a down-close and keeps it on an unchanged close. Base-asset units.
/// </summary>
public sealed class ObvIncremental : IIndicator
{
    private double _prevClose = double.NaN;
    private double _obv = double.NaN;

    /// <inheritdoc />
    public IndicatorDefinition Definition => ObvCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_obv);

    /// <summary>Feeds the next closed candle and returns the running OBV.</summary>
    public double? Add(in Candle candle)
    {
        _obv = Next(_obv, candle.Close, _prevClose, candle.Volume);
        _prevClose = candle.Close;
        return _obv;
    }

    /// <summary>The OBV after a candle: 0 on the first (NaN before), then plus or minus its volume as the close rises or falls.</summary>
    internal static double Next(double obv, double close, double previousClose, double volume) =>
        double.IsNaN(obv) ? 0 : close > previousClose ? obv + volume : close < previousClose ? obv - volume : obv;

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _obv : throw Definition.FieldOutOfRange(field);
}
