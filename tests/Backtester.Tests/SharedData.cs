namespace Trader.Backtester.Tests;

/// <summary>Files of the shared data folder: <c>&lt;repo root&gt;/../shared</c> (or the nearest ancestor's <c>shared</c> in a nested worktree).</summary>
internal static class SharedData
{
    private static readonly Lazy<string> LazyFolder = new(Find);

    public static string File(params string[] parts) => Path.Combine([LazyFolder.Value, .. parts]);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Trader.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException($"No Trader.sln above {AppContext.BaseDirectory}.");
        for (var up = dir.Parent; up is not null; up = up.Parent)
        {
            string candidate = Path.Combine(up.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data"))) return candidate;
        }
        throw new InvalidOperationException($"No shared/data folder beside {dir.FullName}; clone the shared data next to the repository.");
    }
}
