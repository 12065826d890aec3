namespace Trader.Backfiller.Tests;

/// <summary>Paths of the repository the tests run from, and of the shared data beside it.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Shared(params string[] parts) => Path.Combine([Root, "..", "shared", .. parts]);

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Trader.sln"))) return d.FullName;
        throw new DirectoryNotFoundException("Trader.sln not found above " + AppContext.BaseDirectory);
    }
}
