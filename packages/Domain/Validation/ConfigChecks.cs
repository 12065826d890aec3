using System.Globalization;

namespace Trader.Domain;

/// <summary>
/// Collects <see cref="ConfigViolation"/>s with uniform messages, so every record states ranges the same way.
/// Pass property names with <c>nameof</c>; the loader derives the snake_case key.
/// </summary>
public sealed class ConfigChecks
{
    /// <summary>
    /// Largest count of candles any key accepts (periods, holds, cool-downs), the cap the indicator catalog puts
    /// on the rules language's periods too: beyond it a strategy would never warm up on any real history.
    /// </summary>
    public const int MaxCandles = 100_000;

    /// <summary>
    /// Largest amount of quote currency a key accepts (a starting balance, a stake): a trillion leaves the
    /// decimal products of sizing (amount × price × fee) far from <see cref="decimal.MaxValue"/>.
    /// </summary>
    public const decimal MaxMoney = 1_000_000_000_000m;

    private readonly List<ConfigViolation> _violations = [];

    /// <summary>Requires a whole number of candles from <paramref name="min"/> to <see cref="MaxCandles"/>.</summary>
    public ConfigChecks Candles(string property, int value, int min) => Count(property, value, min, MaxCandles);

    /// <summary>Requires a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public ConfigChecks Count(string property, int value, int min, int max)
    {
        if (value < min || value > max) Add(property, $"must be a whole number from {min} to {max}, got {value}");
        return this;
    }

    /// <summary>Requires an amount of quote currency above 0 and at most <see cref="MaxMoney"/>; null (not set) passes.</summary>
    public ConfigChecks Money(string property, decimal? value, string example)
    {
        if (value is { } v && (v <= 0 || v > MaxMoney))
            Add(property, $"must be above 0 and at most {MaxMoney:0} (quote currency), e.g. {example}; got {v.ToString(CultureInfo.InvariantCulture)}");
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
