using System.Globalization;
using Trader.Domain;

namespace Trader.Exchange;

/// <summary>
/// Reads one venue's endpoint and budget variables, named after its id the same way for every venue:
/// <c>&lt;VENUE&gt;_BASE_URL</c> and <c>&lt;VENUE&gt;_WEIGHT_SHARE</c> (e.g. BYBIT_BASE_URL for <c>bybit</c>). Its keys
/// are <see cref="ExchangeCredentials.FromEnvironment(string, Func{string, string?})"/>.
/// </summary>
public static class VenueEnvironment
{
    /// <summary>The variable <c>&lt;VENUE&gt;_&lt;SUFFIX&gt;</c> of <paramref name="venue"/>, e.g. BYBIT_BASE_URL.</summary>
    public static string Variable(string venue, string suffix) => $"{venue.ToUpperInvariant()}_{suffix}";

    /// <summary><c>&lt;VENUE&gt;_BASE_URL</c>, or <paramref name="defaultUrl"/> when unset; throws <see cref="ConfigException"/> naming a bad one.</summary>
    public static Uri BaseUrl(string venue, Uri defaultUrl, Func<string, string?> env)
    {
        string name = Variable(venue, "BASE_URL");
        var url = env(name);
        if (string.IsNullOrWhiteSpace(url)) return defaultUrl;
        return Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
            ? parsed
            : throw new ConfigException($"{name} '{url}' is not an absolute http(s) URL, e.g. {defaultUrl} or http://127.0.0.1:9000.");
    }

    /// <summary><c>&lt;VENUE&gt;_WEIGHT_SHARE</c>: the fraction of the venue's rate limit this process may use, or <paramref name="fallback"/> when unset.</summary>
    public static double WeightShare(string venue, double fallback, Func<string, string?> env)
    {
        string name = Variable(venue, "WEIGHT_SHARE");
        if (env(name) is not { Length: > 0 } text) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is > 0 and <= 1
            ? share
            : throw new ConfigException($"{name} '{text}' must be a fraction in (0, 1], e.g. 0.25 when four processes share one IP.");
    }
}
