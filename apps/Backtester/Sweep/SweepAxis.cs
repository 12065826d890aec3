using System.Globalization;
using Trader.Domain;

namespace Trader.Backtester.Sweep;

/// <summary>One <c>--sweep name=v1,v2,...</c>: a parameter and the values to try.</summary>
/// <param name="Name">snake_case parameter of <c>strategy.params</c> (or <c>alias.param</c> of a rules indicator).</param>
/// <param name="Values">Values in the order given.</param>
internal sealed record SweepAxis(string Name, IReadOnlyList<double> Values)
{
    /// <exception cref="ConfigException">Not of the form name=number,number,...</exception>
    public static SweepAxis Parse(string text)
    {
        int eq = text.IndexOf('=');
        if (eq <= 0 || eq == text.Length - 1)
        {
            throw new ConfigException($"--sweep '{text}': expected name=value,value,... e.g. --sweep rsi_period=10,14,20.");
        }
        string name = text[..eq].Trim();
        var values = new List<double>();
        foreach (var cell in text[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                throw new ConfigException($"--sweep '{text}': '{cell}' is not a number; give numbers separated by commas, e.g. {name}=10,14,20.");
            }
            values.Add(value);
        }
        return new SweepAxis(name, values);
    }

    /// <summary>Every combination of the axes' values (the first axis varies slowest).</summary>
    /// <exception cref="ConfigException">The same parameter is swept twice.</exception>
    public static IReadOnlyList<IReadOnlyDictionary<string, double>> Grid(IReadOnlyList<SweepAxis> axes)
    {
        var duplicate = axes.GroupBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ConfigException($"--sweep names '{duplicate.Key}' twice; give all its values in one --sweep.");
        IEnumerable<Dictionary<string, double>> combos = [new Dictionary<string, double>(StringComparer.Ordinal)];
        foreach (var axis in axes)
        {
            combos = combos.SelectMany(c => axis.Values.Select(v => new Dictionary<string, double>(c, StringComparer.Ordinal) { [axis.Name] = v })).ToList();
        }
        return combos.ToList();
    }
}
