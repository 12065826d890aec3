using Trader.Core.Errors;
using Trader.Core.MarketData;
using Trader.Indicators.Catalog;
using Trader.Timeframes;

namespace Trader.Core.Strategies.Rules;

/// <summary>
/// Builds <see cref="RulesStrategy"/> instances from <see cref="RulesParams"/>: binds each declared indicator from the
/// <see cref="IndicatorCatalog"/>, compiles entry and exit, and reports every mistake as a <see cref="ConfigException"/>
/// that names the file, line and column.
/// </summary>
public static class RulesFactory
{
    /// <summary>Longest synthetic series <see cref="WarmupCandles"/> feeds before giving up.</summary>
    public const int MaxProbeCandles = 1_000_000;

    // A fixed seed keeps the probe deterministic; any moving market with volume would do.
    private const int ProbeSeed = 7;

    /// <summary>A fresh strategy with fresh indicator state.</summary>
    /// <exception cref="ConfigException">An indicator kind or parameter is unknown or out of range, or a rule has a mistake.</exception>
    public static RulesStrategy Create(RulesParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var indicators = new Dictionary<string, IIndicator>(StringComparer.Ordinal);
        foreach (var spec in parameters.Indicators)
        {
            indicators[spec.Alias] = Bind(spec, parameters.Source);
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
    /// Closed candles a fresh strategy needs before every value its rules read is defined: each declared indicator
    /// field the rules use, at every offset they use it (a cross reads one candle more). Measured exactly by feeding
    /// a fresh instance a seeded random walk until <see cref="RulesStrategy.IsWarm"/>; every catalog indicator whose
    /// warm-up depends only on its parameters gives the same count on any market. Costs one strategy step per candle
    /// counted.
    /// </summary>
    /// <exception cref="ConfigException">The params are invalid, or the rules read a value that stays undefined for <see cref="MaxProbeCandles"/> candles.</exception>
    public static int WarmupCandles(RulesParams parameters)
    {
        var strategy = Create(parameters);
        var walk = new RandomWalk(ProbeSeed, Timeframe.H1, 0);
        for (int candles = 1; candles <= MaxProbeCandles; candles++)
        {
            strategy.OnCandle(walk.Next());
            if (strategy.IsWarm) return candles;
        }
        throw new ConfigException(
            $"{parameters.Source}: the rules read a value that is still undefined after {MaxProbeCandles} candles; check the indicator periods and offsets.");
    }

    private static IIndicator Bind(IndicatorSpec spec, string source)
    {
        if (!IndicatorCatalog.TryFind(spec.Kind, out var definition))
        {
            throw new ConfigException(
                $"{source}:{spec.Line}:{spec.Column}: unknown indicator kind '{spec.Kind}' for '{spec.Alias}'. Known: {string.Join(", ", IndicatorCatalog.All.Select(d => d.Name))}");
        }
        try
        {
            return definition.Create(spec.Arguments);
        }
        catch (ArgumentException e)
        {
            throw new ConfigException($"{source}:{spec.Line}:{spec.Column}: indicator '{spec.Alias}': {e.Message.Split('\n')[0].Trim()}");
        }
    }
}
