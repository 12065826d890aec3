namespace Trader.Backtester.Tests;

/// <summary>Files of the shared data folder (<see cref="Trader.Testing.Repository.Shared"/>).</summary>
internal static class SharedData
{
    public static string File(params string[] parts) => Path.Combine([Trader.Testing.Repository.Shared, .. parts]);
}
