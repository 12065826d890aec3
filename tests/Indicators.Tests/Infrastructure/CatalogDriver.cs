using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>Runs an indicator through its uniform catalog form (<see cref="IIndicator"/>) to compare with batch.</summary>
public static class CatalogDriver
{
    /// <summary>
    /// Feeds every candle to a fresh instance made from <paramref name="definition"/> with
    /// <paramref name="arguments"/> and returns, per candle, every field's value (NaN mapped to null).
    /// </summary>
    public static double?[][] Run(IndicatorDefinition definition, IReadOnlyDictionary<string, double> arguments, ReadOnlySpan<Candle> candles)
    {
        var indicator = definition.Create(arguments);
        var columns = new double?[definition.Fields.Count][];
        for (int f = 0; f < columns.Length; f++) columns[f] = new double?[candles.Length];
        for (int i = 0; i < candles.Length; i++)
        {
            indicator.Add(candles[i]);
            for (int f = 0; f < columns.Length; f++)
            {
                double v = indicator.Value(f);
                columns[f][i] = double.IsNaN(v) ? null : v;
            }
        }
        return columns;
    }

    /// <summary>Runs with default parameters.</summary>
    public static double?[][] Run(IndicatorDefinition definition, ReadOnlySpan<Candle> candles) =>
        Run(definition, new Dictionary<string, double>(), candles);
}
