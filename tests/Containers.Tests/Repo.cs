namespace Trader.Containers.Tests;

/// <summary>The repository the tests run from: the folder holding Trader.sln above the test binaries.</summary>
public static class Repo
{
    public static string Root => global::Trader.Testing.Repository.Root;

    public static string File(params string[] parts) => global::Trader.Testing.Repository.Path(parts);
}
