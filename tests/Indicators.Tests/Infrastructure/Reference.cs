using System.Collections.Concurrent;
using System.Text.Json;
using Trader.Domain;

namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>
/// Access to the indicator oracle in <c>shared/reference/indicators</c>: quotes, manifest and results.
/// Parsed files are cached per process; callers get fresh arrays so no test can disturb another.
/// </summary>
public static class Reference
{
    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceEntry>> LazyManifest = new(LoadManifest);
    private static readonly ConcurrentDictionary<string, Candle[]> QuotesCache = new();
    private static readonly ConcurrentDictionary<string, ReferenceResults> ResultsCache = new();

    /// <summary>All manifest entries by name (e.g. <c>rsi</c>, <c>stoch-rsi</c>).</summary>
    public static IReadOnlyDictionary<string, ReferenceEntry> Manifest => LazyManifest.Value;

    /// <summary>Quotes file <c>quotes/NAME.csv</c> (<c>default</c> or <c>bitcoin</c>) as candles (a fresh copy).</summary>
    public static Candle[] Quotes(string name) =>
        (Candle[])QuotesCache.GetOrAdd(name, n => QuotesCsv.Load(Path.Combine(RepoPaths.ReferenceIndicators, "quotes", n + ".csv"))).Clone();

    /// <summary>The quotes an entry was computed over (a fresh copy).</summary>
    public static Candle[] QuotesFor(ReferenceEntry entry) =>
        Quotes(Path.GetFileNameWithoutExtension(entry.Quotes));

    /// <summary>The expected results of manifest entry <paramref name="name"/>.</summary>
    public static ReferenceResults Results(string name) =>
        ResultsCache.GetOrAdd(name, n =>
        {
            var entry = Manifest.TryGetValue(n, out var e)
                ? e
                : throw new KeyNotFoundException($"No manifest entry '{n}'. Known: {string.Join(", ", Manifest.Keys)}.");
            return new ReferenceResults(entry, File.ReadAllText(Path.Combine(RepoPaths.ReferenceIndicators, entry.File)));
        });

    private static IReadOnlyDictionary<string, ReferenceEntry> LoadManifest()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.ReferenceIndicators, "manifest.json")));
        var entries = new Dictionary<string, ReferenceEntry>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.GetProperty("indicators").EnumerateObject())
        {
            var e = property.Value;
            entries[property.Name] = new ReferenceEntry(
                property.Name,
                e.GetProperty("file").GetString()!,
                e.GetProperty("quotes").GetString()!,
                e.GetProperty("call").GetString()!,
                e.GetProperty("primaryField").GetString()!,
                e.GetProperty("fields").EnumerateObject().Select(f => f.Name).Where(n => n != "timestamp").ToArray(),
                e.GetProperty("nullsAtStart").GetInt32(),
                e.GetProperty("nullsAtStartByField").EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetInt32()),
                e.GetProperty("notes").GetString()!,
                e.GetProperty("sha256").GetString()!);
        }
        return entries;
    }
}
