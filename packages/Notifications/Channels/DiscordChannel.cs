using Trader.Domain;

namespace Trader.Notifications.Channels;

/// <summary>A Discord channel's incoming webhook: the alert's text as the message content.</summary>
/// <param name="http">The notifier's client.</param>
/// <param name="webhookUrl">The webhook's URL (secret: its path is the credential, never logged).</param>
public sealed class DiscordChannel(HttpClient http, Uri webhookUrl) : IAlertChannel
{
    // Discord refuses content over 2000 characters.
    private const int MaxContent = 2000;

    /// <inheritdoc />
    public string Name => "discord";

    /// <inheritdoc />
    public Task SendAsync(Alert alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        string text = AlertText.Of(alert);
        if (text.Length > MaxContent) text = text[..MaxContent];
        return JsonPost.SendAsync(http, Name, webhookUrl, new Dictionary<string, object> { ["content"] = text }, ct);
    }

    /// <summary>Never the URL.</summary>
    public override string ToString() => "discord webhook";
}
