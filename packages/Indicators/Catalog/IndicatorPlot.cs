namespace Trader.Indicators.Catalog;

/// <summary>
/// How a chart draws an indicator: which of its fields, and whether they share the price scale (drawn over the
/// candles: moving averages, bands, stops) or have their own (a pane below: oscillators, volume and volatility measures).
/// </summary>
/// <param name="Fields">The fields to draw, by name; the rest (e.g. Bollinger %B beside the bands) are left out.</param>
/// <param name="IsPriceScale">True when the fields are prices, so they overlay the candles.</param>
public sealed record IndicatorPlot(IReadOnlyList<string> Fields, bool IsPriceScale)
{
    /// <summary>Fields in price units, drawn over the candles.</summary>
    public static IndicatorPlot OnPrice(params string[] fields) => new(fields, true);

    /// <summary>Fields on their own scale, drawn in a pane of their own.</summary>
    public static IndicatorPlot InPane(params string[] fields) => new(fields, false);
}
