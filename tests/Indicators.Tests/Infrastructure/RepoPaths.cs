namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>Locates the repository root (the folder holding Trader.sln) and the shared data beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => LazyRoot.Value;

    private static readonly Lazy<string> LazyShared = new(FindShared);

    /// <summary>
    /// The shared data folder: <c>&lt;root&gt;/../shared</c> as CI lays it out; in a git worktree nested one level
    /// deeper the nearest ancestor's <c>shared</c> folder holding <c>reference/</c> is used instead.
    /// </summary>
    public static string Shared => LazyShared.Value;

    /// <summary>The indicator oracle folder (README, manifest.json, quotes/, results/).</summary>
    public static string ReferenceIndicators => Path.Combine(Shared, "reference", "indicators");

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "reference"))) return candidate;
        }
        throw new InvalidOperationException(
            $"No shared/reference folder beside {Root} or above it; clone the shared data next to the repository.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Trader.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException(
            $"No Trader.sln found above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
