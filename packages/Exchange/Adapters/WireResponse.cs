using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Trader.Exchange.Adapters;

/// <summary>One venue answer as received: status, headers, and the body parsed as JSON (null when it was not JSON).</summary>
internal sealed record WireResponse(HttpStatusCode Status, HttpResponseHeaders Headers, JsonElement? Json, string Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>The Retry-After header, or one second on a 429/418 without it, or zero.</summary>
    public TimeSpan RetryAfter => Headers.RetryAfter?.Delta is { } delta ? delta
        : Status is HttpStatusCode.TooManyRequests or (HttpStatusCode)418 ? TimeSpan.FromSeconds(1) : TimeSpan.Zero;

    /// <summary>An integer header, or null when it is absent or not a number.</summary>
    public long? LongHeader(string name) =>
        Headers.TryGetValues(name, out var values) && long.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}
