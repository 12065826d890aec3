namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>
/// The oracle's comparison rule: <c>|a - e| &lt;= 1e-9 * max(1, |e|)</c>; null equals only null; booleans exactly.
/// </summary>
public static class Tolerance
{
    /// <summary>Relative limit for large values, absolute limit near zero.</summary>
    public const double Limit = 1e-9;

    /// <summary>True when <paramref name="actual"/> is within tolerance of <paramref name="expected"/>.</summary>
    public static bool Within(double actual, double expected) =>
        actual == expected || Math.Abs(actual - expected) <= Limit * Math.Max(1.0, Math.Abs(expected));

    /// <summary>Nullable form: both null, or both values and within tolerance.</summary>
    public static bool Within(double? actual, double? expected) =>
        actual.HasValue == expected.HasValue && (!actual.HasValue || Within(actual.Value, expected!.Value));

    /// <summary>Booleans match exactly, null only null.</summary>
    public static bool Within(bool? actual, bool? expected) => actual == expected;

    /// <summary>The rule as a comparer, for <c>Assert.Equal(expected, actual, Tolerance.Reference)</c>.</summary>
    public static IEqualityComparer<double?> Reference { get; } = new NullableComparer();

    private sealed class NullableComparer : IEqualityComparer<double?>
    {
        // Argument order in Assert.Equal(expected, actual, comparer) is (expected, actual).
        public bool Equals(double? expected, double? actual) => Within(actual, expected);

        // Tolerant equality has no consistent hash; force the comparer path.
        public int GetHashCode(double? value) => 0;
    }
}
