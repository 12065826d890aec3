using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Trader.Notifications.Channels;

/// <summary>
/// The one HTTP call every channel makes: POST a JSON body, succeed on 2xx, turn anything else into a
/// <see cref="ChannelException"/> that names the channel and status but never the URL (it holds the bot token or the
/// webhook's secret path), honouring a 429's retry-after (header, or Telegram's and Discord's JSON field).
/// </summary>
internal static class JsonPost
{
    public static async Task SendAsync(HttpClient http, string channel, Uri url, object body, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync(url, body, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new ChannelException($"{channel} could not be reached ({e.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ChannelException($"{channel} did not answer in time");
        }
        using (response)
        {
            if (response.IsSuccessStatusCode) return;
            TimeSpan? retryAfter = response.Headers.RetryAfter?.Delta;
            if (response.StatusCode == HttpStatusCode.TooManyRequests && retryAfter is null)
            {
                retryAfter = await RetryAfterInBodyAsync(response, ct).ConfigureAwait(false);
            }
            throw new ChannelException($"{channel} answered HTTP {(int)response.StatusCode}", retryAfter);
        }
    }

    // Telegram: {"parameters": {"retry_after": 5}}; Discord: {"retry_after": 1.5}. Seconds.
    private static async Task<TimeSpan?> RetryAfterInBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            if (root.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Object) root = parameters;
            return root.TryGetProperty("retry_after", out var seconds) && seconds.TryGetDouble(out double s) && s >= 0 ? TimeSpan.FromSeconds(s) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
