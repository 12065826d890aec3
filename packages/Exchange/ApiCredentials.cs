namespace Trader.Exchange;

/// <summary>An API key and secret. Prints as <c>***</c> so it can never leak into a log or an exception message.</summary>
public sealed class ApiCredentials
{
    /// <param name="apiKey">The public key sent in a header.</param>
    /// <param name="secret">The signing secret; never sent.</param>
    public ApiCredentials(string apiKey, string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        ApiKey = apiKey;
        Secret = secret;
    }

    /// <summary>The public API key.</summary>
    public string ApiKey { get; }

    /// <summary>The signing secret.</summary>
    public string Secret { get; }

    /// <inheritdoc />
    public override string ToString() => "***";
}
