namespace Trader.Architecture.Tests;

/// <summary>Finds the repository root (the folder holding Trader.sln) above the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Trader.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Trader.sln above {AppContext.BaseDirectory}.");
    }
}
