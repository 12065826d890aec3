using System.Globalization;

namespace Trader.Domain;

/// <summary>
/// Collects <see cref="ConfigViolation"/>s with uniform messages, so every record states ranges the same way.
/// Pass property names with <c>nameof</c>; the loader derives the snake_case key.
/// </summary>
public sealed class ConfigChecks
{
    private readonly List<ConfigViolation> _violations = [];

    /// <summary>Requires <paramref name="value"/> ≥ <paramref name="min"/>.</summary>
    public ConfigChecks AtLeast(string property, double value, double min)
    {
        if (!(value >= min)) Add(property, $"must be at least {Format(min)}, got {Format(value)}");
        return this;
    }

    /// <summary>Requires <paramref name="value"/> in a range; null (rule off) passes.</summary>
    /// <param name="property">Property name (nameof).</param>
    /// <param name="value">Value to check; null passes.</param>
    /// <param name="min">Lower bound.</param>
    /// <param name="minInclusive">Whether <paramref name="min"/> itself is valid.</param>
    /// <param name="max">Upper bound.</param>
    /// <param name="maxInclusive">Whether <paramref name="max"/> itself is valid.</param>
    /// <param name="example">A valid example with its meaning, e.g. <c>0.03 (3 %)</c>.</param>
    public ConfigChecks Between(string property, double? value, double min, bool minInclusive, double max, bool maxInclusive, string example)
    {
        if (value is not { } v) return this;
        bool ok = (minInclusive ? v >= min : v > min) && (maxInclusive ? v <= max : v < max);
        if (!ok)
        {
            string lower = minInclusive ? $"at least {Format(min)}" : $"above {Format(min)}";
            string upper = maxInclusive ? $"at most {Format(max)}" : $"below {Format(max)}";
            Add(property, $"must be {lower} and {upper}, e.g. {example}; got {Format(v)}");
        }
        return this;
    }

    /// <summary>Requires a fraction of price or equity: above 0 and below 1 (or at most 1 when <paramref name="oneAllowed"/>).</summary>
    public ConfigChecks Fraction(string property, decimal? value, bool oneAllowed, string example) =>
        Between(property, (double?)value, 0, false, 1, oneAllowed, example);

    /// <summary>Requires <paramref name="smaller"/> &lt; <paramref name="larger"/>; reported at <paramref name="smallerProperty"/>.</summary>
    public ConfigChecks Less(string smallerProperty, double smaller, string largerProperty, double larger)
    {
        if (!(smaller < larger))
            Add(smallerProperty, $"must be less than '{Key(largerProperty)}' ({Format(larger)}), got {Format(smaller)}");
        return this;
    }

    /// <summary>Adds a violation with a custom message.</summary>
    public ConfigChecks Add(string property, string message)
    {
        _violations.Add(new ConfigViolation(property, message));
        return this;
    }

    /// <summary>Merges the violations of a nested record under <paramref name="property"/>.</summary>
    public ConfigChecks Nested(string property, IValidatedConfig nested)
    {
        foreach (var v in nested.Violations()) _violations.Add(v with { Property = $"{property}.{v.Property}" });
        return this;
    }

    /// <summary>The violations collected so far.</summary>
    public IReadOnlyList<ConfigViolation> ToList() => _violations.ToArray();

    private static string Key(string property) => SnakeCase.From(property);

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
