using System.Security.Cryptography;
using System.Text;

namespace Trader.Exchange.Adapters.Kraken;

/// <summary>
/// Kraken's private-call signature (API-Sign): base64 of HMAC-SHA512, keyed with the base64-decoded API secret, over the
/// URI path (<c>/0/private/AddOrder</c>) followed by the SHA-256 digest of the nonce and the form-encoded POST body.
/// </summary>
public static class KrakenSigner
{
    /// <param name="secret">The API secret as Kraken issues it (base64).</param>
    /// <param name="path">The URI path from <c>/0/private</c> on.</param>
    /// <param name="nonce">The request's nonce, as it appears in the body.</param>
    /// <param name="body">The form-encoded body exactly as sent (it contains the nonce too).</param>
    /// <exception cref="FormatException">The secret is not base64.</exception>
    public static string Sign(string secret, string path, string nonce, string body)
    {
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(nonce + body));
        byte[] pathBytes = Encoding.UTF8.GetBytes(path);
        byte[] message = new byte[pathBytes.Length + digest.Length];
        pathBytes.CopyTo(message, 0);
        digest.CopyTo(message, pathBytes.Length);
        return Convert.ToBase64String(HMACSHA512.HashData(Convert.FromBase64String(secret), message));
    }
}
