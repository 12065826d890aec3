namespace Trader.Containers.Tests;

/// <summary>The repository the tests run from: the folder holding Trader.sln above the test binaries.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (System.IO.File.Exists(Path.Combine(d.FullName, "Trader.sln"))) return d.FullName;
        throw new DirectoryNotFoundException("Trader.sln not found above " + AppContext.BaseDirectory);
    }
}
