namespace Trader.Exchange.Adapters.Coinbase;

/// <summary>Where and how the Coinbase adapter talks.</summary>
/// <param name="BaseUrl">Root of the REST API, e.g. https://api.coinbase.com, or ExchangeSim (<c>--dialect coinbase</c>) on loopback.</param>
/// <param name="RequestTimeout">Per-request timeout; past it the call fails with RequestTimeoutException.</param>
public sealed record CoinbaseOptions(Uri BaseUrl, TimeSpan? RequestTimeout = null)
{
    /// <summary>Coinbase's production endpoint.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://api.coinbase.com");

    /// <summary>The effective request timeout (10 s unless set).</summary>
    public TimeSpan Timeout => RequestTimeout ?? TimeSpan.FromSeconds(10);
}
