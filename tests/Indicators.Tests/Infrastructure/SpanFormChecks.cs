using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>Checks every span (structure-of-arrays) batch form gets: equal to the other forms, allocation-free.</summary>
public static class SpanFormChecks
{
    /// <summary>
    /// On the reference quotes and both long series, the span form's columns (catalog field order, NaN read as null)
    /// equal the nullable batch form's and what a fresh incremental instance from the catalog reports after each candle.
    /// </summary>
    public static void SpanEqualsBatchAndIncremental(
        IndicatorDefinition definition,
        IReadOnlyDictionary<string, double> arguments,
        Func<Candle[], IReadOnlyList<double?>[]> batchColumns,
        Func<Candle[], double[][]> spanColumns)
    {
        foreach (var (name, candles) in Series.Long().Prepend(("reference quotes", Reference.Quotes("default"))))
        {
            var span = spanColumns(candles).Select(ToNullable).ToArray();
            var batch = batchColumns(candles);
            var incremental = CatalogDriver.Run(definition, arguments, candles);
            Assert.True(span.Length == definition.Fields.Count,
                $"{definition.Name}: span form gave {span.Length} columns, catalog lists {definition.Fields.Count} fields.");
            for (int f = 0; f < span.Length; f++)
            {
                string field = $"{definition.Name}.{definition.Fields[f]}";
                ColumnAssert.Equal(batch[f], span[f], $"{field} span vs batch on {name}");
                ColumnAssert.Equal(incremental[f], span[f], $"{field} span vs incremental on {name}");
            }
            Assert.True(span[0].Any(v => v.HasValue), $"{definition.Name}: no value at all on {name}; the check would prove nothing.");
        }
    }

    /// <summary>
    /// A warm call of <paramref name="spanForm"/> (its outputs allocated by the caller beforehand) over the
    /// 100,000-candle random walk allocates nothing on this thread.
    /// </summary>
    public static void AllocatesNothing(Func<Candle[], Action> spanForm)
    {
        var call = spanForm(Series.RandomWalk100K());
        call(); // JIT, static data and the shared pool's per-thread cache
        long before = GC.GetAllocatedBytesForCurrentThread();
        call();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated == 0, $"a warm call allocated {allocated} bytes");
    }

    private static double?[] ToNullable(double[] column) => column.Select(v => double.IsNaN(v) ? (double?)null : v).ToArray();

    /// <summary>A close-only, single-field span form with its period: <c>(values, period, output) => values.Ema(period, output)</c>.</summary>
    public delegate void ClosePeriodForm(ReadOnlySpan<double> values, int period, Span<double> output);

    /// <summary>
    /// The three checks of a close-only, single-field span form at <paramref name="period"/> (the catalog's
    /// <c>period</c>): equal to <paramref name="batch"/> and the incremental form, allocation-free when warm, and a
    /// short output refused naming <c>output</c>.
    /// </summary>
    public static void ClosePeriodFormChecks(IndicatorDefinition definition, int period, Func<double[], int, double?[]> batch, ClosePeriodForm span)
    {
        SpanEqualsBatchAndIncremental(definition, new Dictionary<string, double> { ["period"] = period },
            candles => [batch(Series.Closes(candles), period)],
            candles =>
            {
                var output = new double[candles.Length];
                span(Series.Closes(candles), period, output);
                return [output];
            });
        AllocatesNothing(candles =>
        {
            var input = Series.Closes(candles);
            var output = new double[candles.Length];
            return () => span(input, period, output);
        });
        var closes = Series.Closes(Series.Bitcoin());
        var error = Assert.Throws<ArgumentException>(() => span(closes, period, new double[closes.Length - 1]));
        Assert.Equal("output", error.ParamName);
    }
}
