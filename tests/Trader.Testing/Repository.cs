namespace Trader.Testing;

/// <summary>Where things are in the checkout the tests run from: the repository root, the shared data beside it, the built apps.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(Find);
    private static readonly Lazy<string> SharedPath = new(FindShared);

    /// <summary>The folder holding Trader.sln, found upwards from the test output.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path under the repository root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>
    /// The shared folder (real exchange candles in <c>data/</c>, indicator references in <c>reference/</c>): <c>../shared</c>
    /// beside the checkout as CI lays it out, or the nearest ancestor's <c>shared</c> for a git worktree nested deeper.
    /// </summary>
    public static string Shared => SharedPath.Value;

    /// <summary>A file under the shared folder's <c>data/</c>.</summary>
    public static string SharedData(string file) => System.IO.Path.Combine(Shared, "data", file);

    /// <summary>The built dll of app <paramref name="app"/> (e.g. Backtester), in the test's own configuration and framework.</summary>
    public static string BuiltApp(string app)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        return Path("apps", app, "bin", output.Parent!.Name, output.Name, app + ".dll");
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Trader.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No Trader.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "data"))) return candidate;
        }
        throw new DirectoryNotFoundException($"No shared/data folder beside {Root} or above it; clone the shared data next to the repository.");
    }
}
