using System.Runtime.CompilerServices;
using Trader.Indicators.Catalog;

namespace Trader.Execution.Backtesting;

/// <summary>
/// Every value of one indicator over one sequence of candles, as its incremental form gives them after each candle:
/// one column per field, the candles' open times (a reader checks it is fed the same candles) and the candle from which
/// it is ready. Read-only once computed.
/// </summary>
internal sealed class IndicatorSeries
{
    private readonly double[][] _fields;
    private readonly long[] _openTimesMs;

    private IndicatorSeries(double[][] fields, long[] openTimesMs, int firstReady)
    {
        _fields = fields;
        _openTimesMs = openTimesMs;
        FirstReady = firstReady;
    }

    /// <summary>Fields per candle.</summary>
    public int FieldCount => _fields.Length;

    /// <summary>True when candle <paramref name="index"/> of the series opened at <paramref name="openTimeMs"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCandle(int index, long openTimeMs) => (uint)index < (uint)_openTimesMs.Length && _openTimesMs[index] == openTimeMs;

    /// <summary>Index of the first candle after which the indicator is ready (<see cref="IIndicator.IsReady"/>); the candle count when never.</summary>
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
        var openTimesMs = new long[candles.Count];
        int firstReady = candles.Count;
        for (int i = 0; i < candles.Count; i++)
        {
            var candle = candles[i];
            openTimesMs[i] = candle.OpenTimeMs;
            indicator.Add(candle);
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
        return new IndicatorSeries(fields, openTimesMs, firstReady);
    }
}
