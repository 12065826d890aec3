using System.Security.Cryptography;
using System.Text;

namespace Trader.Exchange.Adapters.Bybit;

/// <summary>
/// Bybit v5's HMAC-SHA256 request signature (X-BAPI-SIGN): lowercase hex of HMAC(secret, timestamp + API key + recv
/// window + the query string of a GET or the raw JSON body of a POST), each exactly as sent.
/// </summary>
public static class BybitSigner
{
    /// <param name="secret">The API secret.</param>
    /// <param name="timestampMs">X-BAPI-TIMESTAMP, Unix ms.</param>
    /// <param name="apiKey">X-BAPI-API-KEY.</param>
    /// <param name="recvWindowMs">X-BAPI-RECV-WINDOW.</param>
    /// <param name="payload">The query string (without <c>?</c>) or the JSON body.</param>
    public static string Sign(string secret, long timestampMs, string apiKey, int recvWindowMs, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(string.Concat(timestampMs.ToString(System.Globalization.CultureInfo.InvariantCulture), apiKey,
                recvWindowMs.ToString(System.Globalization.CultureInfo.InvariantCulture), payload))));
}
