using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Trader.Exchange.Adapters.Coinbase;

/// <summary>
/// The bearer token of a Coinbase CDP API key: a JWT signed ES256 (ECDSA P-256 over SHA-256, the signature as the raw
/// 64-byte r‖s) with the key's EC private key, one per request. Header: <c>alg</c> ES256, <c>kid</c> the key name and a
/// random <c>nonce</c>. Claims: <c>sub</c> the key name, <c>iss</c> "cdp", <c>nbf</c> now, <c>exp</c> now + 120 s, and
/// <c>uri</c> "METHOD host/path" (no scheme, no query), which ties the token to one endpoint.
/// </summary>
public static class CoinbaseJwt
{
    /// <summary>How long a token stays valid, as Coinbase allows at most.</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromSeconds(120);

    /// <summary>The <c>uri</c> claim for a request: <c>GET api.coinbase.com/api/v3/brokerage/accounts</c>.</summary>
    /// <param name="method">HTTP method.</param>
    /// <param name="url">The request's absolute URL; its query is not part of the claim.</param>
    public static string Uri(HttpMethod method, Uri url) => $"{method.Method} {url.Authority}{url.AbsolutePath}";

    /// <summary>Signs a token for one request.</summary>
    /// <param name="keyName">The API key's name (COINBASE_API_KEY, e.g. organizations/.../apiKeys/...).</param>
    /// <param name="key">The key's EC P-256 private key.</param>
    /// <param name="uri">The <see cref="Uri(HttpMethod, System.Uri)"/> claim.</param>
    /// <param name="nowSeconds">The venue's time now, Unix seconds.</param>
    public static string Create(string keyName, ECDsa key, string uri, long nowSeconds)
    {
        var header = Json(w =>
        {
            w.WriteString("alg", "ES256");
            w.WriteString("typ", "JWT");
            w.WriteString("kid", keyName);
            w.WriteString("nonce", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        });
        var claims = Json(w =>
        {
            w.WriteString("sub", keyName);
            w.WriteString("iss", "cdp");
            w.WriteNumber("nbf", nowSeconds);
            w.WriteNumber("exp", nowSeconds + (long)Lifetime.TotalSeconds);
            w.WriteString("uri", uri);
        });
        string signingInput = Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(claims);
        byte[] signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>
    /// Reads the key's PEM (COINBASE_API_SECRET: "-----BEGIN EC PRIVATE KEY-----", SEC1 as Coinbase issues it, or
    /// PKCS#8). Escaped line breaks (<c>\n</c> as two characters, as .env files and JSON key files carry them) are
    /// accepted. The message of a failure names the variable, never its value.
    /// </summary>
    /// <exception cref="Trader.Domain.ConfigException">The text is not an EC P-256 private key.</exception>
    public static ECDsa ImportKey(string pem, string variable)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem.Replace("\\n", "\n", StringComparison.Ordinal));
            if (key.KeySize != 256) throw new CryptographicException("not a P-256 key");
            return key;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            // The inner exception is dropped: its message may quote the PEM.
            throw new Trader.Domain.ConfigException(
                $"{variable} is not an EC P-256 private key in PEM form (-----BEGIN EC PRIVATE KEY----- ... as Coinbase issues CDP keys); set it to the key's privateKey.");
        }
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
