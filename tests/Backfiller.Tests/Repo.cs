namespace Trader.Backfiller.Tests;

/// <summary>Paths of the repository the tests run from, and of the shared data beside it.</summary>
public static class Repo
{
    public static string Root => Trader.Testing.Repository.Root;

    public static string Shared(params string[] parts) => Path.Combine([Trader.Testing.Repository.Shared, .. parts]);
}
