using System.Security.Cryptography;
using System.Text;

namespace Trader.Exchange.Adapters.Binance;

/// <summary>Binance's HMAC-SHA256 request signature: lowercase hex of HMAC(secret, query string as sent).</summary>
public static class BinanceSigner
{
    /// <summary>Signs <paramref name="payload"/> (the exact query string and/or body, without <c>signature</c>).</summary>
    public static string Sign(string secret, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));
}
