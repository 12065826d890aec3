namespace Trader.Exchange.Adapters.Binance;

/// <summary>Where and how the Binance adapter talks.</summary>
/// <param name="BaseUrl">Root of the REST API, e.g. https://api.binance.com, the spot testnet, or ExchangeSim on loopback.</param>
/// <param name="RecvWindowMs">How long a signed request stays valid after its timestamp, ms (Binance default 5000, max 60000).</param>
/// <param name="RequestTimeout">Per-request timeout; past it the call fails with RequestTimeoutException.</param>
public sealed record BinanceOptions(Uri BaseUrl, int RecvWindowMs = 5000, TimeSpan? RequestTimeout = null)
{
    /// <summary>Binance's production endpoint.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://api.binance.com");

    /// <summary>The effective request timeout (10 s unless set).</summary>
    public TimeSpan Timeout => RequestTimeout ?? TimeSpan.FromSeconds(10);
}
