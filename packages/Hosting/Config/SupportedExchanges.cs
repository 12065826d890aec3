namespace Trader.Hosting.Config;

/// <summary>Exchange ids a config may name in <c>exchange:</c>. Adding an adapter adds its id here.</summary>
public static class SupportedExchanges
{
    /// <summary>Accepted ids: <c>binance</c> (Binance spot API v3) and <c>sim</c> (the bundled exchange simulator).</summary>
    public static IReadOnlyList<string> All { get; } = ["binance", "sim"];
}
