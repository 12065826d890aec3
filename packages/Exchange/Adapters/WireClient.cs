using System.Text.Json;
using Trader.Domain;

namespace Trader.Exchange.Adapters;

/// <summary>
/// The transport every REST adapter shares: sends one request under a timeout on the injected clock, turns a timeout
/// into <see cref="RequestTimeoutException"/> and a refused or dropped connection into
/// <see cref="ExchangeNotAvailableException"/> (never <see cref="HttpRequestException"/> upwards), and parses the body
/// as JSON. What the status and body mean is the venue's business.
/// </summary>
internal sealed class WireClient(HttpClient http, string venue, Uri baseUrl, TimeSpan timeout, TimeProvider clock)
{
    public string Venue => venue;

    public Uri BaseUrl => baseUrl;

    public async Task<WireResponse> SendAsync(HttpRequestMessage request, string what, bool changesState, CancellationToken ct)
    {
        using var timer = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        string outcome = UnknownOutcome.Clause(changesState);
        HttpResponseMessage response;
        string body;
        try
        {
            response = await http.SendAsync(request, linked.Token);
            body = await response.Content.ReadAsStringAsync(linked.Token);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new RequestTimeoutException($"{what}: no answer from {baseUrl.Host} within {timeout.TotalSeconds:0.#} s; retry later{outcome}.", e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new ExchangeNotAvailableException($"{what}: cannot reach {baseUrl.Host} ({e.Message}); retry later{outcome}.", e);
        }

        using (response)
        {
            JsonElement? json = null;
            try
            {
                using var doc = JsonDocument.Parse(body);
                json = doc.RootElement.Clone();
            }
            catch (JsonException) when (!response.IsSuccessStatusCode)
            {
                // Error pages from proxies are HTML; the status alone decides the error type.
            }
            catch (JsonException e)
            {
                throw new ExchangeException($"{venue} answered {what} with a body that is not JSON ({Snippet(body)}).", e);
            }
            return new WireResponse(response.StatusCode, response.Headers, json, body);
        }
    }

    private static string Snippet(string body) => body.Length > 80 ? body[..80] + "..." : body;
}
