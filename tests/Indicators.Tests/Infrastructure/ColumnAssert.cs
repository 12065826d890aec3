using Xunit.Sdk;

namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>
/// Whole-column assertions with messages that name the first bad row (index, timestamp, expected, actual)
/// and count every mismatch, so a failing seed or warm-up shows at a glance.
/// </summary>
public static class ColumnAssert
{
    private const int MaxListed = 5;

    /// <summary>Asserts <paramref name="actual"/> equals reference field <paramref name="field"/> row by row.</summary>
    public static void MatchesReference(ReferenceResults expected, string field, IReadOnlyList<double?> actual, string form)
    {
        var column = expected.Column(field);
        Equal(column, actual, $"{expected.Entry.Name}.{field} ({form}) vs {expected.Entry.File}", i => expected.Timestamps[i]);
    }

    /// <summary>Asserts a boolean column equals reference field <paramref name="field"/> exactly.</summary>
    public static void MatchesReference(ReferenceResults expected, string field, IReadOnlyList<bool?> actual, string form)
    {
        var column = expected.BoolColumn(field);
        Check(column.Length, actual.Count, i => Tolerance.Within(actual[i], column[i]),
            i => $"{Describe(column[i])} / {Describe(actual[i])}",
            $"{expected.Entry.Name}.{field} ({form}) vs {expected.Entry.File}", i => expected.Timestamps[i]);
    }

    /// <summary>Asserts two columns are equal within <see cref="Tolerance"/>, null exactly where null.</summary>
    /// <param name="rowLabel">Optional label of a row (a timestamp) for the message.</param>
    public static void Equal(IReadOnlyList<double?> expected, IReadOnlyList<double?> actual, string what, Func<int, string>? rowLabel = null) =>
        Check(expected.Count, actual.Count, i => Tolerance.Within(actual[i], expected[i]),
            i => $"{Describe(expected[i])} / {Describe(actual[i])}", what, rowLabel);

    /// <summary>
    /// Asserts two result arrays are equal field by field; <paramref name="fields"/> name each field and read it.
    /// </summary>
    public static void Equal<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, string what, params (string Name, Func<T, double?> Get)[] fields)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} rows, got {actual.Count}.");
        foreach (var (name, get) in fields)
        {
            Equal(expected.Select(get).ToArray(), actual.Select(get).ToArray(), $"{what}, field {name}");
        }
    }

    private static void Check(int expectedCount, int actualCount, Func<int, bool> rowMatches, Func<int, string> describeRow, string what, Func<int, string>? rowLabel)
    {
        if (expectedCount != actualCount)
            throw new XunitException($"{what}: expected {expectedCount} rows, got {actualCount}.");
        var bad = new List<int>();
        for (int i = 0; i < expectedCount; i++)
        {
            if (!rowMatches(i)) bad.Add(i);
        }
        if (bad.Count == 0) return;
        var lines = bad.Take(MaxListed).Select(i =>
            $"  row {i}{(rowLabel is null ? "" : " (" + rowLabel(i) + ")")}: expected / actual = {describeRow(i)}");
        throw new XunitException(
            $"{what}: {bad.Count} of {expectedCount} rows differ (tolerance {Tolerance.Limit} relative, null must match null). First:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
    }

    private static string Describe(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    private static string Describe(bool? value) => value?.ToString() ?? "null";
}
