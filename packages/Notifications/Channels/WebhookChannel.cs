using Trader.Domain;

namespace Trader.Notifications.Channels;

/// <summary>
/// A generic JSON webhook: <c>{"id", "instance", "kind", "time_ms", "text"}</c>. <c>id</c> is the alert's idempotency key:
/// delivery is at least once, so a receiver that must never see a repeat drops ids it has seen.
/// </summary>
/// <param name="http">The notifier's client.</param>
/// <param name="url">Where to POST (may hold a secret; never logged).</param>
public sealed class WebhookChannel(HttpClient http, Uri url) : IAlertChannel
{
    /// <inheritdoc />
    public string Name => "webhook";

    /// <inheritdoc />
    public Task SendAsync(Alert alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var e = alert.Event;
        return JsonPost.SendAsync(http, Name, url, new Dictionary<string, object>
        {
            ["id"] = e.Key,
            ["instance"] = e.Instance,
            ["kind"] = e.Kind,
            ["time_ms"] = e.TimeMs,
            ["text"] = e.Text,
        }, ct);
    }

    /// <summary>Never the URL.</summary>
    public override string ToString() => "webhook";
}
