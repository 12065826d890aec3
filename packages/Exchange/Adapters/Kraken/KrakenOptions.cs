namespace Trader.Exchange.Adapters.Kraken;

/// <summary>Where and how the Kraken adapter talks.</summary>
/// <param name="BaseUrl">Root of the REST API, e.g. https://api.kraken.com, or ExchangeSim (<c>--dialect kraken</c>) on loopback.</param>
/// <param name="RequestTimeout">Per-request timeout; past it the call fails with RequestTimeoutException.</param>
public sealed record KrakenOptions(Uri BaseUrl, TimeSpan? RequestTimeout = null)
{
    /// <summary>Kraken's production endpoint.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://api.kraken.com");

    /// <summary>The effective request timeout (10 s unless set).</summary>
    public TimeSpan Timeout => RequestTimeout ?? TimeSpan.FromSeconds(10);
}
