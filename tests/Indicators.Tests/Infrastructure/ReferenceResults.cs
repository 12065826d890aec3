using System.Text.Json;

namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>A parsed results/NAME.json: one row per quote, a timestamp and named fields (number, bool or null).</summary>
public sealed class ReferenceResults
{
    private readonly JsonElement[] _rows;

    /// <summary>Parses a results file.</summary>
    public ReferenceResults(ReferenceEntry entry, string json)
    {
        Entry = entry;
        using var document = JsonDocument.Parse(json);
        _rows = document.RootElement.EnumerateArray().Select(row => row.Clone()).ToArray();
        Timestamps = _rows.Select(row => row.GetProperty("timestamp").GetString()!).ToArray();
    }

    /// <summary>The manifest entry the file belongs to.</summary>
    public ReferenceEntry Entry { get; }

    /// <summary>Number of rows.</summary>
    public int Count => _rows.Length;

    /// <summary>Row timestamps as written in the file (ISO 8601, no zone).</summary>
    public IReadOnlyList<string> Timestamps { get; }

    /// <summary>A numeric field as a column; JSON null becomes null.</summary>
    /// <exception cref="KeyNotFoundException">A row lacks the field.</exception>
    public double?[] Column(string field) =>
        _rows.Select(row => Property(row, field) is { ValueKind: not JsonValueKind.Null } value ? value.GetDouble() : (double?)null).ToArray();

    /// <summary>A boolean field as a column; JSON null becomes null.</summary>
    public bool?[] BoolColumn(string field) =>
        _rows.Select(row => Property(row, field) is { ValueKind: not JsonValueKind.Null } value ? value.GetBoolean() : (bool?)null).ToArray();

    private JsonElement Property(JsonElement row, string field) =>
        row.TryGetProperty(field, out var value)
            ? value
            : throw new KeyNotFoundException($"{Entry.File}: row {Array.IndexOf(_rows, row)} has no field '{field}'.");
}
