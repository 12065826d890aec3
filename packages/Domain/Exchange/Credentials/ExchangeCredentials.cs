namespace Trader.Domain;

/// <summary>
/// The API key and signing secret of one venue, read from the environment only (<c>&lt;VENUE&gt;_API_KEY</c> and
/// <c>&lt;VENUE&gt;_API_SECRET</c>, e.g. <c>BINANCE_API_KEY</c>), never from YAML. Both halves are <see cref="Secret"/>s,
/// so the record prints <c>ExchangeCredentials { Key = ***, Secret = *** }</c>.
/// </summary>
/// <param name="Key">The public API key the venue identifies the account by.</param>
/// <param name="Secret">The signing secret; never sent.</param>
public sealed record ExchangeCredentials(Secret Key, Secret Secret)
{
    /// <summary>Name of the API key variable of <paramref name="venueId"/>, e.g. <c>BINANCE_API_KEY</c>.</summary>
    /// <param name="venueId">An exchange id, e.g. <c>binance</c>.</param>
    public static string KeyVariable(string venueId) => $"{Prefix(venueId)}_API_KEY";

    /// <summary>Name of the API secret variable of <paramref name="venueId"/>, e.g. <c>BINANCE_API_SECRET</c>.</summary>
    /// <param name="venueId">An exchange id, e.g. <c>binance</c>.</param>
    public static string SecretVariable(string venueId) => $"{Prefix(venueId)}_API_SECRET";

    /// <summary>
    /// Reads the credentials of <paramref name="venueId"/>: both variables set gives them, neither gives null (market
    /// data only). Blank counts as unset; surrounding whitespace (a paste accident) is trimmed.
    /// </summary>
    /// <param name="venueId">An exchange id, e.g. <c>binance</c>.</param>
    /// <param name="env">The environment: a variable's value, or null when it is not set.</param>
    /// <exception cref="ConfigException">Only one of the two is set; the message names both variables, never a value.</exception>
    public static ExchangeCredentials? FromEnvironment(string venueId, Func<string, string?> env)
    {
        ArgumentNullException.ThrowIfNull(env);
        string keyVariable = KeyVariable(venueId), secretVariable = SecretVariable(venueId);
        string? key = env(keyVariable)?.Trim(), secret = env(secretVariable)?.Trim();
        bool hasKey = !string.IsNullOrEmpty(key), hasSecret = !string.IsNullOrEmpty(secret);
        if (hasKey != hasSecret)
            throw new ConfigException($"Set both {keyVariable} and {secretVariable}, or neither: only {(hasKey ? keyVariable : secretVariable)} is set.");
        return hasKey ? new ExchangeCredentials(new Secret(key!), new Secret(secret!)) : null;
    }

    /// <inheritdoc cref="FromEnvironment(string, Func{string, string?})"/>
    /// <param name="venueId">An exchange id, e.g. <c>binance</c>.</param>
    /// <param name="variables">The environment's variables (e.g. the process's over <c>.env</c>).</param>
    public static ExchangeCredentials? FromEnvironment(string venueId, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return FromEnvironment(venueId, variables.GetValueOrDefault);
    }

    private static string Prefix(string venueId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(venueId);
        return venueId.ToUpperInvariant();
    }
}
