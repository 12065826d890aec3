using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Strategies.Rules;

/// <summary>
/// A strategy written as rules: per closed candle it feeds the indicators, records the series, then
/// evaluates the exit rule and the entry rule. When both hold on one candle the exit wins (as in freqtrade),
/// so a flat position does not enter while its own exit condition is true. Signal reasons name the rule and
/// the clause that fired. O(indicators + rule size) per candle.
/// </summary>
public sealed class RulesStrategy : IStrategy
{
    private readonly IIndicator[] _indicators;
    private readonly RuleSeries _series;
    private readonly CompiledRule _entry;
    private readonly CompiledRule? _exit;

    /// <param name="indicators">Every indicator the rules read, by alias; each instance is fed once per candle even when several aliases share it.</param>
    /// <param name="entry">The entry rule.</param>
    /// <param name="exit">The exit rule, or null to leave exits to risk (stops, targets).</param>
    /// <exception cref="ArgumentException">The rules were compiled by different compilers.</exception>
    public RulesStrategy(IReadOnlyDictionary<string, IIndicator> indicators, CompiledRule entry, CompiledRule? exit)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(entry);
        if (exit is not null && !ReferenceEquals(exit.Series, entry.Series))
        {
            throw new ArgumentException("Entry and exit rules must come from the same RuleCompiler.", nameof(exit));
        }
        // One entry per instance, named by its first alias.
        Indicators = indicators
            .GroupBy(kv => kv.Value, ReferenceEqualityComparer.Instance)
            .Select(g => new StrategyIndicator(g.First().Key, g.First().Value))
            .ToArray();
        _indicators = Indicators.Select(i => i.Indicator).ToArray();
        _series = entry.Series;
        _entry = entry;
        _exit = exit;
    }

    /// <summary>Compiles <paramref name="entry"/> and <paramref name="exit"/> against <paramref name="bindings"/> and builds the strategy.</summary>
    /// <exception cref="RuleException">A rule has a mistake; the message gives its line and column.</exception>
    public static RulesStrategy Create(RuleBindings bindings, RuleText entry, RuleText? exit)
    {
        var compiler = new RuleCompiler(bindings);
        var compiledEntry = compiler.Compile(entry);
        var compiledExit = exit is null ? null : compiler.Compile(exit);
        return new RulesStrategy(bindings.Indicators, compiledEntry, compiledExit);
    }

    /// <inheritdoc />
    public IReadOnlyList<StrategyIndicator> Indicators { get; }

    /// <summary>The histories the rules read (for the warm-up probe).</summary>
    internal RuleSeries Series => _series;

    /// <inheritdoc />
    public Signal OnCandle(in Candle candle)
    {
        foreach (var indicator in _indicators) indicator.Add(candle);
        _series.Advance(candle);
        if (_exit is not null && _exit.FiredClause() is { } exitClause) return Signal.Exit(exitClause, static clause => $"exit rule: {clause}");
        if (_entry.FiredClause() is { } entryClause) return Signal.Enter(entryClause, static clause => $"entry rule: {clause}");
        return Signal.None;
    }
}
