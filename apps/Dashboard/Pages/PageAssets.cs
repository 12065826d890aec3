using System.Collections.Frozen;

namespace Trader.Dashboard.Pages;

/// <summary>
/// The web pages and their scripts, served from the assembly's embedded resources (bundled: the pages work offline,
/// nothing is fetched from another origin). Pages and assets carry no data and need no token; the data comes from the
/// API, which does.
/// </summary>
internal static class PageAssets
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Serve("fleet.html")).ExcludeFromDescription();
        app.MapGet("/instance", () => Serve("instance.html")).ExcludeFromDescription();
        app.MapGet("/backtests", () => Serve("backtests.html")).ExcludeFromDescription();
        app.MapGet("/assets/{file}", (string file) => Serve(file)).ExcludeFromDescription();
    }

    private static IResult Serve(string file) =>
        Files.TryGetValue(file, out var bytes) && ContentTypes.TryGetValue(Path.GetExtension(file), out var type)
            ? TypedResults.Bytes(bytes, type)
            : TypedResults.NotFound();

    private static FrozenDictionary<string, byte[]> Load()
    {
        const string prefix = "Pages.";
        var assembly = typeof(PageAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name[prefix.Length..]] = copy.ToArray();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
