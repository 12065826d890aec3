namespace Trader.Domain;

/// <summary>
/// The one list of exchange ids a config, a CLI option or a credential variable may name (<c>exchange: binance</c>).
/// The config check, the backfiller, the credential lookup and <c>ExchangeFactory</c> all read it; adding an adapter adds its id here.
/// </summary>
public static class ExchangeIds
{
    /// <summary>Binance spot, REST API v3.</summary>
    public const string Binance = "binance";

    /// <summary>Bybit spot, REST API v5.</summary>
    public const string Bybit = "bybit";

    /// <summary>Coinbase Advanced Trade (spot), REST API v3 with CDP keys.</summary>
    public const string Coinbase = "coinbase";

    /// <summary>Kraken spot, REST API 0.</summary>
    public const string Kraken = "kraken";

    /// <summary>The in-process exchange simulator, whose candles come with it (nothing to download).</summary>
    public const string Simulator = "sim";

    /// <summary>Every accepted id, in the order messages list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Binance, Bybit, Coinbase, Kraken, Simulator];
}
