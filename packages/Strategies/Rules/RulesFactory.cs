using Trader.Domain;
using Trader.Indicators.Catalog;

namespace Trader.Strategies.Rules;

/// <summary>
/// Builds <see cref="RulesStrategy"/> instances from <see cref="RulesParams"/>: binds each declared indicator from the
/// <see cref="IndicatorCatalog"/>, compiles entry and exit, and reports every mistake as a <see cref="ConfigException"/>
/// that names the file, line and column.
/// </summary>
public static class RulesFactory
{
    /// <summary>Longest synthetic market <see cref="WarmupCandles"/> feeds, per market, before giving up on a series.</summary>
    public const int MaxProbeCandles = 100_000;

    // A fixed seed keeps the probe deterministic.
    private const int ProbeSeed = 7;

    /// <summary>A fresh strategy with fresh indicator state.</summary>
    /// <exception cref="ConfigException">An indicator kind or parameter is unknown or out of range, or a rule has a mistake.</exception>
    public static RulesStrategy Create(RulesParams parameters) => Create(parameters, FreshIndicators.Instance);

    /// <summary>A fresh strategy whose indicators come from <paramref name="source"/>.</summary>
    /// <exception cref="ConfigException">As <see cref="Create(RulesParams)"/>.</exception>
    public static RulesStrategy Create(RulesParams parameters, IIndicatorSource source)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(source);
        var indicators = new Dictionary<string, IIndicator>(StringComparer.Ordinal);
        foreach (var spec in parameters.Indicators)
        {
            indicators[spec.Alias] = Bind(spec, parameters.Source, source);
        }
        try
        {
            return RulesStrategy.Create(new RuleBindings(indicators), parameters.Entry, parameters.Exit);
        }
        catch (RuleException e)
        {
            throw e.ToConfigException(parameters.Source);
        }
    }

    /// <summary>
    /// Closed candles a fresh strategy needs before every value its rules read is defined: for each series the rules
    /// read (a candle field or one indicator field), the candle of its first defined value plus the most candles back
    /// the rules read it (a cross reads one more); the largest of these. Measured by feeding fresh instances three
    /// synthetic markets (a seeded random walk, a steady rise, a steady fall) and taking, per series, the earliest
    /// first value among them, so that fields defined only in one trend direction (Supertrend's upper and lower bands)
    /// count from when the indicator can first give them. Exact for every catalog indicator whose warm-up depends only
    /// on its parameters (not <c>psar</c>, whose first value waits for a reversal). Cost: a few strategy steps per
    /// candle counted; up to <see cref="MaxProbeCandles"/> per market only for a series that stays undefined.
    /// </summary>
    /// <exception cref="ConfigException">The params are invalid, or a series the rules read is undefined in every market for <see cref="MaxProbeCandles"/> candles.</exception>
    public static int WarmupCandles(RulesParams parameters)
    {
        long[] earliest = [];
        int[] reaches = [];
        bool firstMarket = true;
        foreach (var market in Markets())
        {
            var strategy = Create(parameters);
            reaches = strategy.Series.Reaches();
            long[] first = strategy.Series.FirstDefinedCandles();
            // A series already seen in an earlier market only needs this one while it could still come earlier.
            bool Pending(int candles) => Enumerable.Range(0, first.Length)
                .Any(i => first[i] == 0 && (firstMarket || earliest[i] == 0 || candles < earliest[i]));
            for (int candles = 0; candles < MaxProbeCandles && Pending(candles); candles++)
            {
                strategy.OnCandle(market.Next());
                first = strategy.Series.FirstDefinedCandles();
            }
            earliest = firstMarket ? first : earliest.Zip(first, (a, b) => a == 0 ? b : b == 0 ? a : Math.Min(a, b)).ToArray();
            firstMarket = false;
        }
        if (earliest.Contains(0))
        {
            throw new ConfigException(
                $"{parameters.Source}: the rules read a value that is still undefined after {MaxProbeCandles} candles of rising, falling and random markets; check the indicator periods and offsets.");
        }
        long warmup = 1;
        for (int i = 0; i < earliest.Length; i++) warmup = Math.Max(warmup, earliest[i] + reaches[i]);
        return (int)warmup;
    }

    private static IEnumerable<CandleSource> Markets()
    {
        var walk = new RandomWalk(ProbeSeed, Timeframe.H1, 0);
        yield return new CandleSource(_ => walk.Next());
        // Closes near the top of each range (bullish by hl2), then near the bottom (bearish); volume keeps VWMA/VWAP defined.
        yield return new CandleSource(i => new Candle(i * 3_600_000L, 100 + i, 101.5 + i, 98.5 + i, 101 + i, 1));
        yield return new CandleSource(i => new Candle(i * 3_600_000L, 1e6 - i, 1e6 + 1.5 - i, 1e6 - 1.5 - i, 1e6 - 1 - i, 1));
    }

    private sealed class CandleSource(Func<long, Candle> next)
    {
        private long _index;

        public Candle Next() => next(_index++);
    }

    private static IIndicator Bind(IndicatorSpec spec, string source, IIndicatorSource indicators)
    {
        if (!IndicatorCatalog.TryFind(spec.Kind, out var definition))
        {
            throw new ConfigException(
                $"{source}:{spec.Line}:{spec.Column}: unknown indicator kind '{spec.Kind}' for '{spec.Alias}'. Known: {string.Join(", ", IndicatorCatalog.All.Select(d => d.Name))}");
        }
        try
        {
            return indicators.Create(definition, definition.Arguments(spec.Arguments));
        }
        catch (ArgumentException e)
        {
            throw new ConfigException($"{source}:{spec.Line}:{spec.Column}: indicator '{spec.Alias}': {e.Problem()}");
        }
    }
}
