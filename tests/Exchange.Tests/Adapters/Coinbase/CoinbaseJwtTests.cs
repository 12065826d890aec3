using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Trader.Domain;
using Trader.Exchange.Adapters.Coinbase;

namespace Trader.Exchange.Tests.Adapters.Coinbase;

public sealed class CoinbaseJwtTests
{
    private const string KeyName = "organizations/org-1/apiKeys/key-1";

    [Fact]
    public void Create_SignsES256OverHeaderAndClaims_VerifiableWithThePublicKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        string uri = CoinbaseJwt.Uri(HttpMethod.Get, new Uri("https://api.coinbase.com/api/v3/brokerage/accounts?limit=250"));

        var token = CoinbaseJwt.Create(KeyName, key, uri, 1_700_000_000);

        var parts = token.Split('.');
        using var publicKey = ECDsa.Create(key.ExportParameters(false));
        Assert.True(publicKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]),
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement;
        var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement;
        Assert.Equal(("ES256", KeyName, 32), (header.GetProperty("alg").GetString(), header.GetProperty("kid").GetString(), header.GetProperty("nonce").GetString()!.Length));
        Assert.Equal((KeyName, "cdp", 1_700_000_000L, 1_700_000_120L), (claims.GetProperty("sub").GetString(), claims.GetProperty("iss").GetString(),
            claims.GetProperty("nbf").GetInt64(), claims.GetProperty("exp").GetInt64()));
        Assert.Equal("GET api.coinbase.com/api/v3/brokerage/accounts", claims.GetProperty("uri").GetString());
    }

    [Fact]
    public void Create_TwoTokensForOneRequest_DifferInTheirNonce()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.NotEqual(CoinbaseJwt.Create(KeyName, key, "GET h/p", 1), CoinbaseJwt.Create(KeyName, key, "GET h/p", 1));
    }

    [Fact]
    public void Uri_LoopbackSimulator_KeepsThePortAndDropsTheQuery()
    {
        Assert.Equal("POST 127.0.0.1:9000/api/v3/brokerage/orders", CoinbaseJwt.Uri(HttpMethod.Post, new Uri("http://127.0.0.1:9000/api/v3/brokerage/orders?x=1")));
    }

    [Fact]
    public void ImportKey_PemWithEscapedLineBreaks_IsAccepted()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        string escaped = key.ExportECPrivateKeyPem().Replace("\n", "\\n");

        using var imported = CoinbaseJwt.ImportKey(escaped, "COINBASE_API_SECRET");

        Assert.Equal(key.ExportSubjectPublicKeyInfo(), imported.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void ImportKey_NotAPem_NamesTheVariableAndNeverTheValue()
    {
        const string secret = "-----BEGIN EC PRIVATE KEY-----\nbm90LWEta2V5LXNlY3JldA==\n-----END EC PRIVATE KEY-----";

        var e = Assert.Throws<ConfigException>(() => CoinbaseJwt.ImportKey(secret, "COINBASE_API_SECRET"));

        Assert.Contains("COINBASE_API_SECRET", e.Message);
        Assert.DoesNotContain("bm90LWEta2V5", e.Message);
        Assert.Null(e.InnerException);
    }
}
