using Trader.Domain;

namespace Trader.Indicators.Catalog;

/// <summary>
/// An incremental indicator in the uniform shape that configs, rules and feature export drive.
/// It takes one closed candle at a time in O(1) and exposes its current value per field.
/// </summary>
public interface IIndicator
{
    /// <summary>The catalog entry this instance was made from.</summary>
    IndicatorDefinition Definition { get; }

    /// <summary>True once the primary field (index 0) has a value.</summary>
    bool IsReady { get; }

    /// <summary>Feeds the next closed candle.</summary>
    void Add(in Candle candle);

    /// <summary>Current value of field <paramref name="field"/> (index into <see cref="IndicatorDefinition.Fields"/>); NaN while undefined.</summary>
    double Value(int field);
}
