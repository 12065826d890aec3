using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>Batch == incremental checks over the long series (BTC daily and the 100,000-candle random walk).</summary>
public static class Consistency
{
    /// <summary>
    /// For each long series, asserts the batch columns (in the catalog's field order) equal, within tolerance and
    /// null for null, what a fresh incremental instance made through the catalog reports after each candle.
    /// </summary>
    public static void BatchEqualsIncremental(
        IndicatorDefinition definition,
        IReadOnlyDictionary<string, double> arguments,
        Func<Candle[], IReadOnlyList<double?>[]> batchColumns)
    {
        foreach (var (name, candles) in Series.Long())
        {
            var batch = batchColumns(candles);
            var incremental = CatalogDriver.Run(definition, arguments, candles);
            Assert.True(batch.Length == definition.Fields.Count,
                $"{definition.Name}: batch gave {batch.Length} columns, catalog lists {definition.Fields.Count} fields.");
            for (int f = 0; f < batch.Length; f++)
            {
                ColumnAssert.Equal(batch[f], incremental[f], $"{definition.Name}.{definition.Fields[f]} batch vs incremental on {name}");
            }
            Assert.True(batch[0].Any(v => v.HasValue), $"{definition.Name}: no value at all on {name}; the check would prove nothing.");
        }
    }
}
