namespace Trader.Exchange.Adapters.Bybit;

/// <summary>Where and how the Bybit adapter talks.</summary>
/// <param name="BaseUrl">Root of the REST API, e.g. https://api.bybit.com, https://api-testnet.bybit.com, or ExchangeSim (<c>--dialect bybit</c>) on loopback.</param>
/// <param name="RecvWindowMs">How long a signed request stays valid after its timestamp, ms (X-BAPI-RECV-WINDOW; Bybit's default 5000).</param>
/// <param name="RequestTimeout">Per-request timeout; past it the call fails with RequestTimeoutException.</param>
public sealed record BybitOptions(Uri BaseUrl, int RecvWindowMs = 5000, TimeSpan? RequestTimeout = null)
{
    /// <summary>Bybit's production endpoint.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://api.bybit.com");

    /// <summary>The effective request timeout (10 s unless set).</summary>
    public TimeSpan Timeout => RequestTimeout ?? TimeSpan.FromSeconds(10);
}
