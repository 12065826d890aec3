using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Trader.Domain;

namespace Trader.ExchangeSim.Dialects.Coinbase;

/// <summary>
/// Checks the bearer JWT of a CDP API key as Coinbase does: ES256 signature by the key (the simulator derives the
/// public key from the private key PEM it is given as <c>--api-secret</c>; without one it refuses every signed call), <c>kid</c> and <c>sub</c> the key's name,
/// <c>iss</c> "cdp" (or "coinbase-cloud", which older clients such as ccxt write), <c>nbf</c> not in the future and
/// <c>exp</c> not past on the venue's clock (its lifetime stretched by <c>--speed</c>), and the <c>uri</c> claim naming this request's method, host and path.
/// </summary>
public sealed class CoinbaseTokenVerifier
{
    private readonly ECDsa? _publicKey;
    private readonly string _keyName;
    private readonly SimOptions _options;

    /// <exception cref="ConfigException">The secret is not an EC private key PEM.</exception>
    public CoinbaseTokenVerifier(SimOptions options)
    {
        _options = options;
        _keyName = options.ApiKey;
        // No key given: market data only (a paper trader needs no more); every signed call is refused.
        if (options.ApiSecret.Length == 0) return;
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(options.ApiSecret.Replace("\\n", "\n", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw new ConfigException("--dialect coinbase checks ES256 tokens: --api-secret (SIM_API_SECRET) must be the EC P-256 private key PEM " +
                "(-----BEGIN EC PRIVATE KEY-----) of the API key the clients sign with; the simulator derives its public key from it.");
        }
        _publicKey = ECDsa.Create(key.ExportParameters(includePrivateParameters: false));
    }

    /// <summary>Null when the token is good, otherwise why not (for the simulator's own diagnostics; Coinbase only says 401).</summary>
    public string? Problem(string? authorization, string method, string host, string path, long nowMs)
    {
        const string bearer = "Bearer ";
        if (_publicKey is null) return "the simulator was started without a key (--api-secret)";
        if (authorization is null || !authorization.StartsWith(bearer, StringComparison.Ordinal)) return "no bearer token";
        var parts = authorization[bearer.Length..].Trim().Split('.');
        if (parts.Length != 3) return "not a JWT";
        JsonElement header, claims;
        byte[] signature;
        try
        {
            header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement;
            claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement;
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return "malformed JWT";
        }
        if (Text(header, "alg") != "ES256") return "alg is not ES256";
        if (Text(header, "kid") != _keyName || Text(claims, "sub") != _keyName) return "unknown key";
        if (Text(claims, "iss") is not ("cdp" or "coinbase-cloud")) return "wrong issuer";
        if (!_publicKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
            return "bad signature";
        if (Number(claims, "exp") is not { } exp || Number(claims, "nbf") is not { } nbf) return "exp or nbf missing";
        // A token's 120 s are real seconds: on an accelerated clock (--speed) they stretch like a recv window does.
        if (exp * 1000 + _options.SimulatedMs(120_000) - 120_000 <= nowMs) return "expired";
        if (nbf * 1000 > nowMs + _options.SimulatedMs(1000)) return "not yet valid";
        // ccxt strips only "https://" from the URL it signs, so over plain HTTP its claim keeps the scheme.
        string? uri = Text(claims, "uri")?.Replace(" http://", " ", StringComparison.Ordinal);
        if (uri != $"{method} {host}{path}") return "uri claim does not match the request";
        return null;
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long? Number(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : null;
}
