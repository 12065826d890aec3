using System.Runtime.CompilerServices;
using Trader.Indicators.Catalog;

namespace Trader.Execution.Backtesting;

/// <summary>
/// Every value of one indicator over one sequence of candles, as its incremental form gives them after each candle:
/// one column per field, and the candle from which it is ready. Read-only once computed.
/// </summary>
internal sealed class IndicatorSeries
{
    private readonly double[][] _fields;

    private IndicatorSeries(IndicatorDefinition definition, CandleSequence candles, double[][] fields, int firstReady)
    {
        Definition = definition;
        Candles = candles;
        _fields = fields;
        FirstReady = firstReady;
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>The candles it was computed over.</summary>
    public CandleSequence Candles { get; }

    /// <summary>Index of the first candle after which the indicator is ready (<see cref="IIndicator.IsReady"/>); <see cref="CandleSequence.Count"/> when never.</summary>
    public int FirstReady { get; }

    /// <summary>Field <paramref name="field"/> after candle <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Value(int field, int index) => _fields[field][index];

    /// <summary>Feeds a fresh instance every candle of <paramref name="candles"/> and keeps every field after each.</summary>
    /// <exception cref="InvalidOperationException">The indicator stopped being ready after it was (readiness is kept as the first ready candle).</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per indicator over every candle: no time to tier up
    public static IndicatorSeries Compute(IndicatorDefinition definition, IReadOnlyList<double> arguments, CandleSequence candles)
    {
        var indicator = definition.Factory(arguments);
        var fields = new double[definition.Fields.Count][];
        for (int f = 0; f < fields.Length; f++) fields[f] = new double[candles.Count];
        int firstReady = candles.Count;
        for (int i = 0; i < candles.Count; i++)
        {
            indicator.Add(candles[i]);
            for (int f = 0; f < fields.Length; f++) fields[f][i] = indicator.Value(f);
            if (indicator.IsReady)
            {
                if (firstReady == candles.Count) firstReady = i;
            }
            else if (firstReady < i)
            {
                throw new InvalidOperationException($"Indicator '{definition.Name}' was ready at candle {firstReady} and not at {i}: its series cannot be shared.");
            }
        }
        return new IndicatorSeries(definition, candles, fields, firstReady);
    }
}
