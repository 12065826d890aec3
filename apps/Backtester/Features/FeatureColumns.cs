namespace Trader.Backtester.Features;

/// <summary>
/// Column names of the feature CSV. An indicator with one field is named alone (<c>rsi</c>); one with several
/// gets <c>name.field</c> for each (<c>bb.middle</c>, <c>bb.upper</c>, ...). When the same indicator is asked for
/// more than once, the argument as written replaces the name (<c>rsi:period=7</c>, <c>bb:period=50.upper</c>), so the
/// columns stay distinct.
/// </summary>
internal static class FeatureColumns
{
    /// <summary>Every indicator column in order, one per field of each spec.</summary>
    /// <exception cref="Trader.Domain.ConfigException">The same argument is given twice.</exception>
    public static IReadOnlyList<string> Names(IReadOnlyList<IndicatorSpec> specs)
    {
        var duplicate = specs.GroupBy(s => s.Text).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new Trader.Domain.ConfigException($"--indicator {duplicate.Key} is given twice; drop one.");

        var names = new List<string>();
        foreach (var spec in specs)
        {
            bool repeated = specs.Count(s => s.Definition.Name == spec.Definition.Name) > 1;
            string prefix = repeated ? spec.Text : spec.Definition.Name;
            var fields = spec.Definition.Fields;
            if (fields.Count == 1) names.Add(prefix);
            else names.AddRange(fields.Select(f => $"{prefix}.{f}"));
        }
        return names;
    }
}
