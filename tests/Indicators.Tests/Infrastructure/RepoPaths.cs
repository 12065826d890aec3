namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>The repository root and the shared data beside it (<see cref="Trader.Testing.Repository"/>), and the indicator oracle in it.</summary>
public static class RepoPaths
{
    /// <summary>The repository root.</summary>
    public static string Root => Trader.Testing.Repository.Root;

    /// <summary>The shared folder: <c>&lt;root&gt;/../shared</c>, or the nearest ancestor's for a nested git worktree.</summary>
    public static string Shared => Trader.Testing.Repository.Shared;

    /// <summary>The indicator oracle folder (README, manifest.json, quotes/, results/).</summary>
    public static string ReferenceIndicators => Path.Combine(Shared, "reference", "indicators");
}
