using Trader.Domain;

namespace Trader.Domain.Tests.Exchange;

public sealed class ExchangeCredentialsTests
{
    private const string Key = "kEy-0a1b2c3d";
    private const string SecretValue = "sEcReT-9f8e7d";

    private static ExchangeCredentials? Read(string venueId, params (string Name, string Value)[] variables) =>
        ExchangeCredentials.FromEnvironment(venueId, variables.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void FromEnvironment_BothSet_ReadsKeyAndSecret()
    {
        var credentials = Read("binance", ("BINANCE_API_KEY", Key), ("BINANCE_API_SECRET", $" {SecretValue}\n"))!;

        Assert.Equal(Key, credentials.Key.Reveal());
        Assert.Equal(SecretValue, credentials.Secret.Reveal()); // a pasted newline is not part of the secret
    }

    [Fact]
    public void FromEnvironment_NeitherOrBlank_IsNull()
    {
        Assert.Null(Read("binance"));
        Assert.Null(Read("binance", ("BINANCE_API_KEY", " "), ("BINANCE_API_SECRET", "")));
    }

    [Theory]
    [InlineData("BINANCE_API_KEY", "BINANCE_API_SECRET")]
    [InlineData("BINANCE_API_SECRET", "BINANCE_API_KEY")]
    public void FromEnvironment_HalfSetPair_NamesBothVariablesNeverTheValue(string set, string blank)
    {
        var e = Assert.Throws<ConfigException>(() => Read("binance", (set, SecretValue), (blank, "  ")));

        Assert.Equal($"Set both BINANCE_API_KEY and BINANCE_API_SECRET, or neither: only {set} is set.", e.Message);
        Assert.DoesNotContain(SecretValue, e.ToString());
    }

    [Fact]
    public void FromEnvironment_EachVenue_ReadsItsOwnVariables()
    {
        (string, string)[] variables = [("BINANCE_API_KEY", "b-key"), ("BINANCE_API_SECRET", "b-secret"), ("BYBIT_API_KEY", "y-key"), ("BYBIT_API_SECRET", "y-secret")];

        Assert.Equal("y-key", Read("bybit", variables)!.Key.Reveal());
        Assert.Equal("b-secret", Read("binance", variables)!.Secret.Reveal());
        Assert.Null(Read("kraken", variables));
        Assert.Equal(("BYBIT_API_KEY", "BYBIT_API_SECRET"), (ExchangeCredentials.KeyVariable("bybit"), ExchangeCredentials.SecretVariable("bybit")));
        var e = Assert.Throws<ConfigException>(() => Read("bybit", ("BYBIT_API_SECRET", "y-secret")));
        Assert.StartsWith("Set both BYBIT_API_KEY and BYBIT_API_SECRET, or neither", e.Message);
    }

    [Fact]
    public void FromEnvironment_Function_ReadsLikeTheDictionary()
    {
        var credentials = ExchangeCredentials.FromEnvironment("binance", name => name switch
        {
            "BINANCE_API_KEY" => Key,
            "BINANCE_API_SECRET" => SecretValue,
            _ => null,
        })!;

        Assert.Equal((Key, SecretValue), (credentials.Key.Reveal(), credentials.Secret.Reveal()));
    }

    [Fact]
    public void Formatting_AnyWay_NeverShowsKeyOrSecret()
    {
        var credentials = Read("binance", ("BINANCE_API_KEY", Key), ("BINANCE_API_SECRET", SecretValue))!;
        string[] printed =
        [
            credentials.ToString(), $"{credentials}", string.Format("{0} {1} {2}", credentials, credentials.Key, credentials.Secret),
            $"key={credentials.Key} secret={credentials.Secret}",
            new InvalidOperationException($"failed with {credentials}").ToString(),
        ];

        Assert.Equal("ExchangeCredentials { Key = ***, Secret = *** }", credentials.ToString());
        Assert.All(printed, text => Assert.DoesNotContain(Key, text));
        Assert.All(printed, text => Assert.DoesNotContain(SecretValue, text));
    }
}
